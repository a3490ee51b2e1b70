package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.TagFromName;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.Instance;
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

/**
 * Decodes all frames of an instance with PixelMed (decompression happens inside the read). Refuses what
 * PixelMed is known not to decode before the slow read, and checks after the read that pixels really came
 * back, because for some encodings (RLE with several fragments per frame, 1-bit RLE, JPEG 4.55) PixelMed
 * returns normally with no Pixel Data at all.
 */
public final class PixelMedInstanceDecoder implements InstanceDecoder {
    private final StructureScanner scanner;
    private final PixelConverter converter = new PixelConverter();

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
