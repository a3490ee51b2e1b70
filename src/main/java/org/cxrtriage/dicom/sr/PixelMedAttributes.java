package org.cxrtriage.dicom.sr;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;

import java.util.ArrayList;
import java.util.List;

/** Small helpers over PixelMed attribute lists shared by the SR writer and reader. */
final class PixelMedAttributes {
    private PixelMedAttributes() {
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
}
