package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import org.cxrtriage.dicom.LookupTable;
import org.cxrtriage.dicom.ModalityLut;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.WindowPreset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Image Pixel, Modality LUT and VOI LUT modules from a header. Enhanced multi-frame objects carry
 * rescale and windows in the Shared Functional Groups instead of the top level; those are used when the top
 * level has none.
 */
final class PixelDescriptionReader {
    private static final Logger LOG = LoggerFactory.getLogger(PixelDescriptionReader.class);

    // Not in PixelMed's TagFromName (2022): Modality LUT Sequence and Modality LUT Type, PS3.6.
    private static final AttributeTag MODALITY_LUT_SEQUENCE = new AttributeTag(0x0028, 0x3000);
    private static final AttributeTag MODALITY_LUT_TYPE = new AttributeTag(0x0028, 0x3004);
    private static final AttributeTag SHARED_GROUPS = TagFromName.SharedFunctionalGroupsSequence;
    private static final AttributeTag PIXEL_VALUE_TRANSFORMATION = TagFromName.PixelValueTransformationSequence;
    private static final AttributeTag FRAME_VOI_LUT = TagFromName.FrameVOILUTSequence;

    /** Empty for objects without an Image Pixel module (SR, presentation states, DICOMDIR). */
    Optional<PixelDescription> read(AttributeList list, boolean hasPixelData) {
        int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        int columns = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        if (!hasPixelData || rows <= 0 || columns <= 0) {
            return Optional.empty();
        }
        int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 16);
        int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, bitsAllocated);
        boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
        AttributeList transformSource = firstWith(list, PIXEL_VALUE_TRANSFORMATION, TagFromName.RescaleSlope);
        AttributeList voiSource = firstWith(list, FRAME_VOI_LUT, TagFromName.WindowCenter);
        return Optional.of(new PixelDescription(
                Attribute.getSingleStringValueOrDefault(list, TagFromName.PhotometricInterpretation, "MONOCHROME2").trim(),
                rows, columns,
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1),
                bitsAllocated, bitsStored, signed,
                Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1)),
                modalityLut(list, transformSource, signed),
                windows(voiSource),
                voiLuts(list, signed),
                Attribute.getSingleStringValueOrEmptyString(voiSource, TagFromName.VOILUTFunction).trim()));
    }

    /** The top level when it holds {@code probe}, else the single item of {@code macro} in the shared groups. */
    private static AttributeList firstWith(AttributeList list, AttributeTag macro, AttributeTag probe) {
        if (list.get(probe) != null) {
            return list;
        }
        AttributeList shared = SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(list, SHARED_GROUPS);
        if (shared != null) {
            AttributeList item = SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(shared, macro);
            if (item != null && item.get(probe) != null) {
                return item;
            }
        }
        return list;
    }

    private static ModalityLut modalityLut(AttributeList list, AttributeList transform, boolean signed) {
        Optional<LookupTable> table = firstLut(list, MODALITY_LUT_SEQUENCE, signed);
        if (table.isPresent()) {
            String type = SequenceAttribute.getSingleStringValueOfNamedAttributeFromWithinSequenceWithSingleItemOrEmptyString(
                    list, MODALITY_LUT_SEQUENCE, MODALITY_LUT_TYPE);
            return new ModalityLut.Table(table.get(), type.trim());
        }
        if (transform.get(TagFromName.RescaleSlope) == null && transform.get(TagFromName.RescaleIntercept) == null) {
            return ModalityLut.IDENTITY;
        }
        double slope = Attribute.getSingleDoubleValueOrDefault(transform, TagFromName.RescaleSlope, 1);
        double intercept = Attribute.getSingleDoubleValueOrDefault(transform, TagFromName.RescaleIntercept, 0);
        return new ModalityLut.Rescale(slope == 0 ? 1 : slope, intercept,
                Attribute.getSingleStringValueOrEmptyString(transform, TagFromName.RescaleType).trim());
    }

    private static List<WindowPreset> windows(AttributeList list) {
        double[] centers = Attribute.getDoubleValues(list, TagFromName.WindowCenter);
        double[] widths = Attribute.getDoubleValues(list, TagFromName.WindowWidth);
        String[] explanations = Attribute.getStringValues(list, TagFromName.WindowCenterWidthExplanation);
        List<WindowPreset> presets = new ArrayList<>();
        if (centers == null || widths == null) {
            return presets;
        }
        for (int i = 0; i < Math.min(centers.length, widths.length); i++) {
            if (widths[i] >= 1) {
                String explanation = explanations != null && i < explanations.length ? explanations[i].trim() : "";
                presets.add(new WindowPreset(centers[i], widths[i], explanation));
            } else {
                // A width below 1 is invalid (PS3.3 C.11.2.1.2); such a preset cannot be applied, so it is dropped.
                LOG.info("ignoring window {} with invalid width {}", i + 1, widths[i]);
            }
        }
        return presets;
    }

    private static List<LookupTable> voiLuts(AttributeList list, boolean signed) {
        List<LookupTable> luts = new ArrayList<>();
        Attribute attribute = list.get(TagFromName.VOILUTSequence);
        if (attribute instanceof SequenceAttribute sequence) {
            for (int i = 0; i < sequence.getNumberOfItems(); i++) {
                lut(sequence.getItem(i), signed).ifPresent(luts::add);
            }
        }
        return luts;
    }

    private static Optional<LookupTable> firstLut(AttributeList list, AttributeTag sequenceTag, boolean signed) {
        Attribute attribute = list.get(sequenceTag);
        if (attribute instanceof SequenceAttribute sequence && sequence.getNumberOfItems() > 0) {
            return lut(sequence.getItem(0), signed);
        }
        return Optional.empty();
    }

    /** LUT Descriptor = entries (0 means 65536), first mapped value (signed when the pixels are), bits per entry. */
    private static Optional<LookupTable> lut(SequenceItem item, boolean signed) {
        AttributeList lut = item.getAttributeList();
        int[] descriptor = Attribute.getIntegerValues(lut, TagFromName.LUTDescriptor);
        Attribute data = lut.get(TagFromName.LUTData);
        if (descriptor == null || descriptor.length != 3 || data == null) {
            LOG.info("ignoring a LUT without a three-valued descriptor or data");
            return Optional.empty();
        }
        int count = descriptor[0] == 0 ? 65536 : descriptor[0] & 0xFFFF;
        int first = signed ? (short) descriptor[1] : descriptor[1] & 0xFFFF;
        int bits = descriptor[2];
        int[] entries = LutData.entries(data, count, bits);
        if (entries.length == 0) {
            LOG.info("ignoring a LUT whose data could not be read");
            return Optional.empty();
        }
        return Optional.of(new LookupTable(first, bits, entries,
                Attribute.getSingleStringValueOrEmptyString(lut, TagFromName.LUTExplanation).trim()));
    }
}
