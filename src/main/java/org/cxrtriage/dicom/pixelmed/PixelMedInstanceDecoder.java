package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.ByteFrameSource;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.TagFromName;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.JpegLosslessDecoder;
import org.cxrtriage.dicom.InstanceDecoder;
import org.cxrtriage.dicom.LookupTable;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.PixelRaster;
import org.cxrtriage.dicom.TransferSyntaxes;
import org.cxrtriage.dicom.scan.FileStructure;
import org.cxrtriage.dicom.scan.StructureScanner;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes all frames of an instance with PixelMed (decompression happens inside the read). Refuses what
 * PixelMed is known not to decode before the slow read, and checks after the read that pixels really came
 * back, because for some encodings (RLE with several fragments per frame, 1-bit RLE, JPEG 4.55) PixelMed
 * returns normally with no Pixel Data at all.
 */
public final class PixelMedInstanceDecoder implements InstanceDecoder {
    private final StructureScanner scanner;
    private static final Set<String> JPEG_LOSSLESS = Set.of("1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70");
    private final PixelConverter converter = new PixelConverter();
    private final JpegLosslessDecoder jpegLossless = new JpegLosslessDecoder();

    public PixelMedInstanceDecoder(StructureScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public List<PixelRaster> decodeAll(Instance instance) throws DicomException {
        Path file = instance.source();
        PixelDescription description = instance.pixelDescription()
                .orElseThrow(() -> new DicomException(file, "has no pixel data to decode ("
                        + (instance.modality().isEmpty() ? "no image" : instance.modality() + " object") + ")"));
        String ts = instance.transferSyntaxUid();
        Optional<String> unsupported = TransferSyntaxes.unsupportedReason(ts, description.bitsStored());
        if (unsupported.isPresent()) {
            throw new DicomException(file, unsupported.get());
        }
        if (description.bitsAllocated() != 8 && description.bitsAllocated() != 16) {
            throw new DicomException(file, "Bits Allocated " + description.bitsAllocated() + " is not supported "
                    + "(only 8 and 16)");
        }
        FileStructure structure = scanner.scan(file);
        if (JPEG_LOSSLESS.contains(ts) && description.samplesPerPixel() == 1) {
            return decodeLossless(file, structure, description);
        }
        AttributeList list = readDecompressed(file, structure, ts);
        Attribute pixelData = list.getPixelData();
        if (pixelData == null || pixelData.getVL() == 0) {
            throw new DicomException(file, "transfer syntax " + TransferSyntaxes.describe(ts)
                    + ": the decoder returned no pixel data (an encoding it cannot read, e.g. RLE with several"
                    + " fragments per frame)");
        }
        try {
            return converter.convert(layout(list, description), samples(pixelData, description.bitsAllocated()));
        } catch (PixelConverter.UnsupportedLayout e) {
            throw new DicomException(file, e.getMessage(), e);
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new DicomException(file, "pixel data cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Grey JPEG lossless is decoded by our own {@link JpegLosslessDecoder} from the raw fragments: PixelMed's
     * image-I/O path needs 1.3–2 s for a 2500x2500 film, ours a small fraction of that.
     */
    private List<PixelRaster> decodeLossless(Path file, FileStructure structure, PixelDescription description)
            throws DicomException {
        AttributeList list = PixelMedReading.read(file, structure, null, false,
                "JPEG lossless pixel data could not be read: ");
        Attribute pixelData = list.getPixelData();
        if (!(pixelData instanceof ByteFrameSource frames)) {
            throw new DicomException(file, "JPEG lossless Pixel Data is not encapsulated (no fragments found)");
        }
        try {
            int pixels = description.rows() * description.columns();
            int[] all = new int[Math.multiplyExact(pixels, description.frames())];
            for (int f = 0; f < description.frames(); f++) {
                int[] frame = jpegLossless.decode(file, frames.getByteValuesForSelectedFrame(f),
                        description.columns(), description.rows());
                System.arraycopy(frame, 0, all, f * pixels, pixels);
            }
            return converter.convert(layout(list, description), RawSamples.ofInts(all));
        } catch (PixelConverter.UnsupportedLayout e) {
            throw new DicomException(file, e.getMessage(), e);
        } catch (com.pixelmed.dicom.DicomException | ArithmeticException | IndexOutOfBoundsException e) {
            // PixelMed indexes its fragment list directly, so a missing frame arrives as an index error.
            throw new DicomException(file, "JPEG lossless frames cannot be read (" + description.frames()
                    + " declared): " + e.getMessage(), e);
        }
    }

    private static AttributeList readDecompressed(Path file, FileStructure structure, String ts)
            throws DicomException {
        String failure = "transfer syntax " + TransferSyntaxes.describe(ts) + " could not be decoded: ";
        AttributeList list = PixelMedReading.read(file, structure, null, true, failure);
        try {
            // After decompression the header may still describe the compressed form (e.g. YBR_FULL_422 for
            // what is now RGB); PixelMed corrects the Image Pixel module to what it actually produced.
            list.correctDecompressedImagePixelModule();
            return list;
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new DicomException(file, failure + e.getMessage(), e);
        }
    }

    private static RawSamples samples(Attribute pixelData, int bitsAllocated) throws com.pixelmed.dicom.DicomException {
        if (pixelData instanceof OtherByteAttribute || bitsAllocated == 8 && "OB".equals(pixelData.getVRAsString())) {
            return RawSamples.ofBytes(pixelData.getByteValues());
        }
        short[] words = pixelData.getShortValues();
        return bitsAllocated == 8 ? RawSamples.ofPackedBytes(words) : RawSamples.ofWords(words);
    }

    private static PixelLayout layout(AttributeList list, PixelDescription header) {
        int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, header.bitsStored());
        String photometric = Attribute.getSingleStringValueOrDefault(list, TagFromName.PhotometricInterpretation,
                header.photometricInterpretation()).trim();
        return new PixelLayout(photometric,
                header.rows(), header.columns(),
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, header.samplesPerPixel()),
                bitsStored,
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.HighBit, bitsStored - 1),
                header.signed(),
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PlanarConfiguration, 0) == 1,
                header.frames(),
                "PALETTE COLOR".equals(photometric) ? palette(list) : null);
    }

    private static LookupTable[] palette(AttributeList list) {
        AttributeTag[][] tags = {
                {TagFromName.RedPaletteColorLookupTableDescriptor, TagFromName.RedPaletteColorLookupTableData},
                {TagFromName.GreenPaletteColorLookupTableDescriptor, TagFromName.GreenPaletteColorLookupTableData},
                {TagFromName.BluePaletteColorLookupTableDescriptor, TagFromName.BluePaletteColorLookupTableData}};
        LookupTable[] tables = new LookupTable[3];
        for (int c = 0; c < 3; c++) {
            int[] descriptor = Attribute.getIntegerValues(list, tags[c][0]);
            Attribute data = list.get(tags[c][1]);
            if (descriptor == null || descriptor.length != 3 || data == null) {
                return null; // segmented palettes have no plain data: the converter reports it
            }
            int count = descriptor[0] == 0 ? 65536 : descriptor[0] & 0xFFFF;
            int[] entries = LutData.entries(data, count, descriptor[2]);
            if (entries.length == 0) {
                return null;
            }
            tables[c] = new LookupTable(descriptor[1] & 0xFFFF, descriptor[2], entries, "");
        }
        return tables;
    }
}
