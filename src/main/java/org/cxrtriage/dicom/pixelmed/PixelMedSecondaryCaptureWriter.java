package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import org.cxrtriage.dicom.sr.RgbPixels;
import org.cxrtriage.dicom.sr.SecondaryCapture;
import org.cxrtriage.dicom.sr.SecondaryCaptureWriter;
import org.cxrtriage.dicom.sr.SopReference;
import org.cxrtriage.dicom.DicomException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.cxrtriage.dicom.pixelmed.PixelMedSrAttributes.put;
import static org.cxrtriage.dicom.pixelmed.PixelMedSrAttributes.sequence;

/** Secondary Capture Image IOD, uncompressed RGB, written with PixelMed. */
public final class PixelMedSecondaryCaptureWriter implements SecondaryCaptureWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss.SSS").withZone(ZoneOffset.UTC);

    @Override
    public void write(SecondaryCapture capture, Path file) throws DicomException {
        try {
            AttributeList list = new AttributeList();
            put(list, TagFromName.SpecificCharacterSet, "ISO_IR 192");
            put(list, TagFromName.SOPClassUID, SecondaryCapture.SOP_CLASS);
            put(list, TagFromName.SOPInstanceUID, capture.sopInstanceUid());
            put(list, TagFromName.InstanceCreationDate, DATE.format(capture.created()));
            put(list, TagFromName.InstanceCreationTime, TIME.format(capture.created()));
            PixelMedSrAttributes.putPatientAndStudy(list, capture.study());

            put(list, TagFromName.Modality, "OT");
            put(list, TagFromName.SeriesInstanceUID, capture.seriesUid());
            put(list, TagFromName.SeriesNumber, Integer.toString(capture.seriesNumber()));
            put(list, TagFromName.SeriesDescription, capture.seriesDescription());
            put(list, TagFromName.Laterality, ""); // 2C: a chest is not a paired part, so present but empty
            PixelMedSrAttributes.putEquipment(list, capture.equipment());
            put(list, TagFromName.ConversionType, "WSD"); // made on a workstation, not digitised film

            put(list, TagFromName.InstanceNumber, Integer.toString(capture.instanceNumber()));
            put(list, TagFromName.PatientOrientation, "");
            put(list, TagFromName.ContentDate, DATE.format(capture.created()));
            put(list, TagFromName.ContentTime, TIME.format(capture.created()));
            list.put(imageType());
            put(list, TagFromName.DerivationDescription, capture.derivationDescription());
            // the colours are drawn into the pixels: a viewer must not show this as the original image
            put(list, TagFromName.BurnedInAnnotation, "YES");
            put(list, TagFromName.LossyImageCompression, "00");
            sourceImage(list, capture.source());
            put(list, TagFromName.DateOfSecondaryCapture, DATE.format(capture.created()));
            put(list, TagFromName.TimeOfSecondaryCapture, TIME.format(capture.created()));

            RgbPixels pixels = capture.pixels();
            put(list, TagFromName.SamplesPerPixel, "3");
            put(list, TagFromName.PhotometricInterpretation, "RGB");
            put(list, TagFromName.PlanarConfiguration, "0");
            put(list, TagFromName.Rows, Integer.toString(pixels.height()));
            put(list, TagFromName.Columns, Integer.toString(pixels.width()));
            put(list, TagFromName.BitsAllocated, "8");
            put(list, TagFromName.BitsStored, "8");
            put(list, TagFromName.HighBit, "7");
            put(list, TagFromName.PixelRepresentation, "0");
            OtherByteAttribute pixelData = new OtherByteAttribute(TagFromName.PixelData);
            pixelData.setValues(pixels.rgb()); // PixelMed pads an odd length on write
            list.put(pixelData);

            PixelMedSrAttributes.writeAtomically(list, file);
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new DicomException(file, "cannot build the secondary capture: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DicomException(file, "cannot write the secondary capture: " + e.getMessage(), e);
        }
    }

    private static com.pixelmed.dicom.Attribute imageType() throws com.pixelmed.dicom.DicomException {
        com.pixelmed.dicom.Attribute type = com.pixelmed.dicom.AttributeFactory.newAttribute(TagFromName.ImageType);
        type.addValue("DERIVED");
        type.addValue("SECONDARY");
        return type;
    }

    private static void sourceImage(AttributeList list, SopReference source) throws com.pixelmed.dicom.DicomException {
        SequenceAttribute sequence = sequence(list, TagFromName.SourceImageSequence);
        AttributeList item = new AttributeList();
        put(item, TagFromName.ReferencedSOPClassUID, source.sopClassUid());
        put(item, TagFromName.ReferencedSOPInstanceUID, source.sopInstanceUid());
        sequence.addItem(item);
    }
}
