package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.dicom.sr.CodedConcept;
import org.cxrtriage.dicom.sr.Relationship;
import org.cxrtriage.dicom.sr.SopReference;
import org.cxrtriage.dicom.sr.SrFile;
import org.cxrtriage.dicom.sr.SrItem;
import org.cxrtriage.dicom.sr.SrReader;
import org.cxrtriage.dicom.sr.StudyContext;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.PatientInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.cxrtriage.dicom.pixelmed.PixelMedSrAttributes.concept;
import static org.cxrtriage.dicom.pixelmed.PixelMedSrAttributes.items;
import static org.cxrtriage.dicom.pixelmed.PixelMedSrAttributes.text;

/**
 * Reads SR content trees into {@link SrItem}s, and image headers up to (not including) the pixel data, so
 * a 2500x2500 JPEG-lossless chest image costs no decompression here.
 */
public final class PixelMedSrReader implements SrReader {

    @Override
    public SrFile readReport(Path file) throws DicomException {
        AttributeList list = read(file, false);
        if (!"CONTAINER".equals(text(list, TagFromName.ValueType))) {
            throw new DicomException(file, "not a structured report (no root CONTAINER)");
        }
        try {
            SrItem.Container root = container(list, null);
            return new SrFile(file, text(list, TagFromName.SOPClassUID), text(list, TagFromName.SOPInstanceUID),
                    text(list, TagFromName.SeriesInstanceUID), text(list, TagFromName.Modality),
                    text(list, TagFromName.CompletionFlag), studyContext(file, list), evidence(list), root);
        } catch (IllegalArgumentException e) {
            throw new DicomException(file, "unsupported structured report content: " + e.getMessage(), e);
        }
    }

    @Override
    public AnalysedImage readImageHeader(Path file) throws DicomException {
        AttributeList list = read(file, true);
        String sopInstance = text(list, TagFromName.SOPInstanceUID);
        String sopClass = text(list, TagFromName.SOPClassUID);
        String series = text(list, TagFromName.SeriesInstanceUID);
        if (sopInstance.isEmpty() || sopClass.isEmpty() || series.isEmpty()) {
            throw new DicomException(file, "missing SOP Class, SOP Instance or Series Instance UID");
        }
        return new AnalysedImage(file, sopClass, sopInstance, series, studyContext(file, list));
    }

    private static AttributeList read(Path file, boolean stopAtPixels) throws DicomException {
        if (!Files.isRegularFile(file)) {
            throw new DicomException(file, "file not found");
        }
        AttributeList list = new AttributeList();
        try {
            if (stopAtPixels) {
                list.read(file.toFile(), TagFromName.PixelData);
            } else {
                list.read(file.toFile());
            }
        } catch (IOException | com.pixelmed.dicom.DicomException e) {
            throw new DicomException(file, "not a readable DICOM file: " + e.getMessage(), e);
        }
        return list;
    }

    private static StudyContext studyContext(Path file, AttributeList list) throws DicomException {
        String study = text(list, TagFromName.StudyInstanceUID);
        if (study.isEmpty()) {
            throw new DicomException(file, "missing Study Instance UID");
        }
        PatientInfo patient = new PatientInfo(text(list, TagFromName.PatientName), text(list, TagFromName.PatientID),
                text(list, TagFromName.PatientBirthDate), text(list, TagFromName.PatientSex));
        return new StudyContext(patient, study, text(list, TagFromName.StudyDate), text(list, TagFromName.StudyTime),
                text(list, TagFromName.AccessionNumber), text(list, TagFromName.ReferringPhysicianName),
                text(list, TagFromName.StudyID));
    }

    private static List<SopReference> evidence(AttributeList list) {
        List<SopReference> references = new ArrayList<>();
        for (AttributeList study : items(list, TagFromName.CurrentRequestedProcedureEvidenceSequence)) {
            for (AttributeList series : items(study, TagFromName.ReferencedSeriesSequence)) {
                for (AttributeList sop : items(series, TagFromName.ReferencedSOPSequence)) {
                    references.add(new SopReference(text(study, TagFromName.StudyInstanceUID),
                            text(series, TagFromName.SeriesInstanceUID), text(sop, TagFromName.ReferencedSOPClassUID),
                            text(sop, TagFromName.ReferencedSOPInstanceUID)));
                }
            }
        }
        return references;
    }

    private static SrItem.Container container(AttributeList item, Relationship relationship) {
        CodedConcept name = concept(item, TagFromName.ConceptNameCodeSequence);
        if (name == null) {
            throw new IllegalArgumentException("CONTAINER without a concept name");
        }
        List<SrItem> children = new ArrayList<>();
        for (AttributeList child : items(item, TagFromName.ContentSequence)) {
            children.add(contentItem(child));
        }
        String template = "";
        for (AttributeList templateItem : items(item, TagFromName.ContentTemplateSequence)) {
            template = text(templateItem, TagFromName.TemplateIdentifier);
        }
        return new SrItem.Container(relationship, name, template, children);
    }

    private static SrItem contentItem(AttributeList item) {
        Relationship rel = Relationship.fromDicom(text(item, TagFromName.RelationshipType));
        CodedConcept name = concept(item, TagFromName.ConceptNameCodeSequence);
        String valueType = text(item, TagFromName.ValueType);
        if (!"CONTAINER".equals(valueType) && !items(item, TagFromName.ContentSequence).isEmpty()) {
            // our records keep children on containers only; dropping them silently would lose content
            throw new IllegalArgumentException(valueType + " '" + (name == null ? "" : name.meaning())
                    + "' has child items, which only CONTAINERs may have here");
        }
        if (name == null && !"IMAGE".equals(valueType)) {
            throw new IllegalArgumentException(valueType + " item without a concept name");
        }
        return switch (valueType) {
            case "CONTAINER" -> container(item, rel);
            case "CODE" -> new SrItem.Code(rel, name, required(concept(item, TagFromName.ConceptCodeSequence),
                    "CODE '" + name.meaning() + "' without a value"));
            case "NUM" -> numeric(item, rel, name);
            // UT is padded to even length with a space; trailing spaces carry no meaning (PS3.5 6.2)
            case "TEXT" -> new SrItem.Text(rel, name, text(item, TagFromName.TextValue).stripTrailing());
            case "UIDREF" -> new SrItem.UidRef(rel, name, text(item, TagFromName.UID));
            case "PNAME" -> new SrItem.PersonName(rel, name, text(item, TagFromName.PersonName));
            case "DATETIME" -> new SrItem.DateTime(rel, name, text(item, TagFromName.DateTime));
            case "IMAGE" -> {
                AttributeList sop = single(item);
                yield new SrItem.Image(rel, name, text(sop, TagFromName.ReferencedSOPClassUID),
                        text(sop, TagFromName.ReferencedSOPInstanceUID));
            }
            case "COMPOSITE" -> {
                AttributeList sop = single(item);
                yield new SrItem.Composite(rel, name, text(sop, TagFromName.ReferencedSOPClassUID),
                        text(sop, TagFromName.ReferencedSOPInstanceUID));
            }
            default -> throw new IllegalArgumentException("value type '" + valueType + "' is not supported");
        };
    }

    private static SrItem numeric(AttributeList item, Relationship rel, CodedConcept name) {
        List<AttributeList> measured = items(item, TagFromName.MeasuredValueSequence);
        if (measured.size() != 1) {
            throw new IllegalArgumentException("NUM '" + name.meaning() + "' without a measured value");
        }
        return new SrItem.Num(rel, name, text(measured.get(0), TagFromName.NumericValue),
                required(concept(measured.get(0), TagFromName.MeasurementUnitsCodeSequence),
                        "NUM '" + name.meaning() + "' without units"));
    }

    private static <T> T required(T value, String problem) {
        if (value == null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    private static AttributeList single(AttributeList item) {
        List<AttributeList> sops = items(item, TagFromName.ReferencedSOPSequence);
        if (sops.size() != 1) {
            throw new IllegalArgumentException("reference item without exactly one Referenced SOP");
        }
        return sops.get(0);
    }
}
