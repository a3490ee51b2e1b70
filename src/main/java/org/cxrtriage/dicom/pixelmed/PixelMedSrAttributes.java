package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import org.cxrtriage.dicom.sr.CodedConcept;
import org.cxrtriage.dicom.sr.Equipment;
import org.cxrtriage.dicom.sr.StudyContext;

import java.util.ArrayList;
import java.util.List;

/** Small helpers over PixelMed attribute lists shared by the SR writer and reader. */
final class PixelMedSrAttributes {
    private PixelMedSrAttributes() {
    }

    /** Puts a value with the dictionary's VR; an empty value gives an empty (type 2) attribute. */
    static void put(AttributeList list, AttributeTag tag, String value) throws DicomException {
        Attribute attribute = AttributeFactory.newAttribute(tag);
        if (value != null && !value.isEmpty()) {
            attribute.addValue(value);
        }
        list.put(attribute);
    }

    static SequenceAttribute sequence(AttributeList list, AttributeTag tag) {
        SequenceAttribute sequence = new SequenceAttribute(tag);
        list.put(sequence);
        return sequence;
    }

    static String text(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag);
    }

    static List<AttributeList> items(AttributeList list, AttributeTag tag) {
        Attribute attribute = list.get(tag);
        List<AttributeList> items = new ArrayList<>();
        if (attribute instanceof SequenceAttribute sequence) {
            for (int i = 0; i < sequence.getNumberOfItems(); i++) {
                SequenceItem item = sequence.getItem(i);
                items.add(item.getAttributeList());
            }
        }
        return items;
    }

    static CodedSequenceItem code(CodedConcept concept) throws DicomException {
        return concept == null ? null : new CodedSequenceItem(concept.value(), concept.scheme(), concept.meaning());
    }

    /** The first item of a code sequence as a concept; null when the sequence is absent or empty. */
    static CodedConcept concept(AttributeList list, AttributeTag sequenceTag) {
        List<AttributeList> items = items(list, sequenceTag);
        if (items.isEmpty()) {
            return null;
        }
        AttributeList item = items.get(0);
        return new CodedConcept(text(item, com.pixelmed.dicom.TagFromName.CodeValue),
                text(item, com.pixelmed.dicom.TagFromName.CodingSchemeDesignator),
                text(item, com.pixelmed.dicom.TagFromName.CodeMeaning));
    }

    /** Patient and General Study modules, copied from the analysed image so PACS files us with it. */
    static void putPatientAndStudy(AttributeList list, StudyContext study) throws DicomException {
        put(list, com.pixelmed.dicom.TagFromName.PatientName, study.patient().name());
        put(list, com.pixelmed.dicom.TagFromName.PatientID, study.patient().id());
        put(list, com.pixelmed.dicom.TagFromName.PatientBirthDate, study.patient().birthDate());
        put(list, com.pixelmed.dicom.TagFromName.PatientSex, study.patient().sex());
        put(list, com.pixelmed.dicom.TagFromName.StudyInstanceUID, study.studyUid());
        put(list, com.pixelmed.dicom.TagFromName.StudyDate, study.studyDate());
        put(list, com.pixelmed.dicom.TagFromName.StudyTime, study.studyTime());
        put(list, com.pixelmed.dicom.TagFromName.AccessionNumber, study.accessionNumber());
        put(list, com.pixelmed.dicom.TagFromName.ReferringPhysicianName, study.referringPhysician());
        put(list, com.pixelmed.dicom.TagFromName.StudyID, study.studyId());
    }

    static void putEquipment(AttributeList list, Equipment equipment) throws DicomException {
        put(list, com.pixelmed.dicom.TagFromName.Manufacturer, equipment.manufacturer());
        put(list, com.pixelmed.dicom.TagFromName.ManufacturerModelName, equipment.modelName());
        put(list, com.pixelmed.dicom.TagFromName.SoftwareVersions, equipment.softwareVersion());
    }

    /**
     * Writes beside the target and moves it into place, so a half-written object never appears under its
     * final name (a PACS import folder might pick it up).
     */
    static void writeAtomically(AttributeList list, java.nio.file.Path file) throws DicomException,
            java.io.IOException {
        com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(list,
                com.pixelmed.dicom.TransferSyntax.ExplicitVRLittleEndian, "CXRTRIAGE");
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        java.nio.file.Files.createDirectories(parent);
        java.nio.file.Path partial = java.nio.file.Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try {
            list.write(partial.toFile(), com.pixelmed.dicom.TransferSyntax.ExplicitVRLittleEndian, true, true);
            java.nio.file.Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(partial);
        }
    }
}
