package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.DicomWriter;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.TransferSyntaxes;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.dicom.scan.FileStructure;
import org.cxrtriage.dicom.scan.StructureScanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** PixelMed-backed {@link DicomWriter}; UIDs come from our {@link UidGenerator}, never PixelMed's root. */
public final class PixelMedDicomWriter implements DicomWriter {
    static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";
    /** Source Application Entity Title in the meta header: names the writer, not a network node. */
    private static final String SOURCE_AE = "CXRTRIAGE";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private final StructureScanner scanner;
    private final UidGenerator uids;

    public PixelMedDicomWriter(StructureScanner scanner, UidGenerator uids) {
        this.scanner = scanner;
        this.uids = uids;
    }

    @Override
    public String writeUncompressedCopy(Instance source, Path target) throws DicomException {
        Path file = source.source();
        String ts = source.transferSyntaxUid();
        if (source.hasPixels()) {
            Optional<String> unsupported = TransferSyntaxes.unsupportedReason(ts, source.pixels().bitsStored());
            if (unsupported.isPresent()) {
                throw new DicomException(file, unsupported.get());
            }
        }
        FileStructure structure = scanner.scan(file);
        AttributeList list = PixelMedReading.read(file, structure, null, true,
                "cannot be read for copying: ");
        if (source.hasPixels() && (list.getPixelData() == null || list.getPixelData().getVL() == 0)) {
            throw new DicomException(file, "transfer syntax " + TransferSyntaxes.describe(ts)
                    + ": the decoder returned no pixel data, so there is nothing to copy");
        }
        String uid = uids.next();
        try {
            // Decompressed pixels: make the Image Pixel module describe them and record lossy history.
            list.correctDecompressedImagePixelModule();
            list.insertLossyImageCompressionHistoryIfDecompressed();
            put(list, TagFromName.SOPInstanceUID, uid);
            write(list, target);
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new DicomException(file, "cannot be copied: " + e.getMessage(), e);
        }
        return uid;
    }

    @Override
    public String writeGreyImage(Path target, int width, int height, byte[] pixels, String description)
            throws DicomException {
        if (width <= 0 || height <= 0 || pixels.length != (long) width * height) {
            throw new IllegalArgumentException("grey image " + width + "x" + height + " with " + pixels.length
                    + " bytes");
        }
        String uid = uids.next();
        LocalDateTime now = LocalDateTime.now();
        AttributeList list = new AttributeList();
        try {
            put(list, TagFromName.SOPClassUID, SECONDARY_CAPTURE);
            put(list, TagFromName.SOPInstanceUID, uid);
            put(list, TagFromName.StudyInstanceUID, uids.next());
            put(list, TagFromName.SeriesInstanceUID, uids.next());
            // Patient and study identification are type 2: present, empty (we know nothing about the patient).
            for (AttributeTag empty : new AttributeTag[]{TagFromName.PatientName, TagFromName.PatientID,
                    TagFromName.PatientBirthDate, TagFromName.PatientSex, TagFromName.ReferringPhysicianName,
                    TagFromName.AccessionNumber, TagFromName.PatientOrientation}) {
                list.putNewAttribute(empty);
            }
            put(list, TagFromName.StudyID, "1");
            put(list, TagFromName.StudyDate, DATE.format(now));
            put(list, TagFromName.StudyTime, TIME.format(now));
            put(list, TagFromName.ContentDate, DATE.format(now));
            put(list, TagFromName.ContentTime, TIME.format(now));
            put(list, TagFromName.StudyDescription, description);
            put(list, TagFromName.SeriesDescription, description);
            put(list, TagFromName.Modality, "OT");
            // What this application makes images of; an unpaired part, so Laterality (type 2C) is not required.
            put(list, TagFromName.BodyPartExamined, "CHEST");
            put(list, TagFromName.SeriesNumber, "1");
            put(list, TagFromName.InstanceNumber, "1");
            put(list, TagFromName.Manufacturer, "CXR Triage");
            put(list, TagFromName.ConversionType, "WSD");
            list.putNewAttribute(TagFromName.ImageType).addValue("DERIVED");
            list.get(TagFromName.ImageType).addValue("SECONDARY");
            put(list, TagFromName.SamplesPerPixel, "1");
            put(list, TagFromName.PhotometricInterpretation, "MONOCHROME2");
            put(list, TagFromName.Rows, Integer.toString(height));
            put(list, TagFromName.Columns, Integer.toString(width));
            put(list, TagFromName.BitsAllocated, "8");
            put(list, TagFromName.BitsStored, "8");
            put(list, TagFromName.HighBit, "7");
            put(list, TagFromName.PixelRepresentation, "0");
            // Center 128 / width 256 is the identity under the LINEAR function (PS3.3 C.11.2.1.2.1):
            // a viewer or the model shows exactly the grey levels that were written.
            put(list, TagFromName.WindowCenter, "128");
            put(list, TagFromName.WindowWidth, "256");
            OtherByteAttribute pixelData = new OtherByteAttribute(TagFromName.PixelData);
            pixelData.setValues(pixels);
            list.put(pixelData);
            write(list, target);
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new DicomException(target, "cannot be written: " + e.getMessage(), e);
        }
        return uid;
    }

    private static void put(AttributeList list, AttributeTag tag, String value) throws com.pixelmed.dicom.DicomException {
        Attribute attribute = list.putNewAttribute(tag);
        if (!value.isEmpty()) {
            attribute.addValue(value);
        }
    }

    private static void write(AttributeList list, Path target) throws com.pixelmed.dicom.DicomException, DicomException {
        list.removeGroupLengthAttributes();
        list.removeMetaInformationHeaderAttributes();
        FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, SOURCE_AE);
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            list.write(target.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (IOException e) {
            throw new DicomException(target, "cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
