package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.PatientInfo;
import org.cxrtriage.dicom.scan.FileStructure;
import org.cxrtriage.dicom.scan.StructureScanner;

import java.nio.file.Path;
import java.util.Optional;

/** Reads one file's header (everything before Pixel Data) after the structure pre-scan accepted it. */
final class HeaderReader {
    private final StructureScanner scanner;
    private final PixelDescriptionReader pixels = new PixelDescriptionReader();

    HeaderReader(StructureScanner scanner) {
        this.scanner = scanner;
    }

    /** Empty when the file is not DICOM at all; a DicomException when it is DICOM but broken. */
    Optional<InstanceHeader> read(Path file) throws DicomException {
        FileStructure structure = scanner.scan(file);
        if (!structure.dicom()) {
            return Optional.empty();
        }
        AttributeList list = PixelMedReading.read(file, structure, TagFromName.PixelData, false);
        String sopInstanceUid = text(list, TagFromName.SOPInstanceUID);
        String sopClassUid = text(list, TagFromName.SOPClassUID);
        if (sopClassUid.isEmpty()) {
            sopClassUid = text(list, TagFromName.MediaStorageSOPClassUID);
        }
        if (sopInstanceUid.isEmpty()) {
            sopInstanceUid = text(list, TagFromName.MediaStorageSOPInstanceUID);
        }
        if (sopInstanceUid.isEmpty()) {
            throw new DicomException(file, "has no SOP Instance UID (0008,0018)");
        }
        String transferSyntax = structure.transferSyntaxUid();
        Instance instance = new Instance(file.toAbsolutePath().normalize(), sopInstanceUid, sopClassUid,
                text(list, TagFromName.SeriesInstanceUID), text(list, TagFromName.StudyInstanceUID),
                text(list, TagFromName.Modality),
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.InstanceNumber, Integer.MAX_VALUE),
                transferSyntax,
                text(list, TagFromName.ViewPosition), text(list, TagFromName.BodyPartExamined),
                new PatientInfo(text(list, TagFromName.PatientName), text(list, TagFromName.PatientID),
                        text(list, TagFromName.PatientBirthDate), text(list, TagFromName.PatientSex)),
                pixels.read(list, structure.hasPixelData()).orElse(null));
        return Optional.of(new InstanceHeader(instance,
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SeriesNumber, Integer.MAX_VALUE),
                text(list, TagFromName.SeriesDescription), text(list, TagFromName.StudyDescription),
                text(list, TagFromName.StudyDate), text(list, TagFromName.AccessionNumber)));
    }

    private static String text(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag).trim();
    }
}
