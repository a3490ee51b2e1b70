package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.ContentItem;
import com.pixelmed.dicom.ContentItemFactory;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.StructuredReport;
import com.pixelmed.dicom.TagFromName;
import org.cxrtriage.dicom.sr.SopReference;
import org.cxrtriage.dicom.sr.SrDocument;
import org.cxrtriage.dicom.sr.SrItem;
import org.cxrtriage.dicom.sr.SrWriter;
import org.cxrtriage.dicom.DicomException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.cxrtriage.dicom.pixelmed.PixelMedSrAttributes.code;
import static org.cxrtriage.dicom.pixelmed.PixelMedSrAttributes.put;
import static org.cxrtriage.dicom.pixelmed.PixelMedSrAttributes.sequence;

/**
 * Writes Comprehensive SR with PixelMed's {@link ContentItemFactory}. The header carries the modules
 * {@code dciodvfy} checks for this IOD: Patient and General Study (copied from the analysed image), SR
 * Document Series, General Equipment, SR Document General (with the evidence sequence) and SOP Common.
 */
public final class PixelMedSrWriter implements SrWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss.SSS").withZone(ZoneOffset.UTC);

    @Override
    public void write(SrDocument document, Path file) throws DicomException {
        try {
            AttributeList list = new StructuredReport(content(document.root())).getAttributeList();
            header(list, document);
            PixelMedSrAttributes.writeAtomically(list, file);
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new DicomException(file, "cannot build the structured report: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DicomException(file, "cannot write the structured report: " + e.getMessage(), e);
        }
    }

    private static ContentItem content(SrItem.Container root) throws com.pixelmed.dicom.DicomException {
        ContentItemFactory factory = new ContentItemFactory();
        ContentItem top = container(factory, null, null, root);
        addChildren(factory, top, root);
        return top;
    }

    private static ContentItem container(ContentItemFactory factory, ContentItem parent, String relationship,
                                         SrItem.Container item) throws com.pixelmed.dicom.DicomException {
        boolean separate = true; // our containers hold independent items, not running text
        return item.templateId().isEmpty()
                ? factory.makeContainerContentItem(parent, relationship, code(item.concept()), separate)
                : factory.makeContainerContentItem(parent, relationship, code(item.concept()), separate, "DCMR",
                item.templateId());
    }

    private static void addChildren(ContentItemFactory factory, ContentItem parent, SrItem.Container container)
            throws com.pixelmed.dicom.DicomException {
        for (SrItem child : container.children()) {
            String rel = child.relationship().dicom();
            if (child instanceof SrItem.Container c) {
                addChildren(factory, container(factory, parent, rel, c), c);
            } else if (child instanceof SrItem.Code c) {
                factory.makeCodeContentItem(parent, rel, code(c.concept()), code(c.value()));
            } else if (child instanceof SrItem.Num n) {
                factory.makeNumericContentItem(parent, rel, code(n.concept()), n.value(), code(n.units()));
            } else if (child instanceof SrItem.Text t) {
                factory.makeTextContentItem(parent, rel, code(t.concept()), t.text());
            } else if (child instanceof SrItem.UidRef u) {
                factory.makeUIDContentItem(parent, rel, code(u.concept()), u.uid());
            } else if (child instanceof SrItem.PersonName p) {
                factory.makePersonNameContentItem(parent, rel, code(p.concept()), p.name());
            } else if (child instanceof SrItem.DateTime d) {
                factory.makeDateTimeContentItem(parent, rel, code(d.concept()), d.dateTime());
            } else if (child instanceof SrItem.Image i) {
                factory.makeImageContentItem(parent, rel, code(i.concept()), i.sopClassUid(), i.sopInstanceUid(),
                        0, 0, null, null, null, null);
            } else if (child instanceof SrItem.Composite c) {
                factory.makeCompositeContentItem(parent, rel, code(c.concept()), c.sopClassUid(), c.sopInstanceUid());
            } else {
                throw new IllegalStateException("unhandled SR item " + child.getClass());
            }
        }
    }

    private static void header(AttributeList list, SrDocument document) throws com.pixelmed.dicom.DicomException {
        Instant now = document.contentTime();
        put(list, TagFromName.SpecificCharacterSet, "ISO_IR 192"); // UTF-8: reader names need not be ASCII
        put(list, TagFromName.SOPClassUID, SrWriter.COMPREHENSIVE_SR);
        put(list, TagFromName.SOPInstanceUID, document.sopInstanceUid());
        put(list, TagFromName.InstanceCreationDate, DATE.format(now));
        put(list, TagFromName.InstanceCreationTime, TIME.format(now));
        put(list, TagFromName.TimezoneOffsetFromUTC, "+0000");

        PixelMedSrAttributes.putPatientAndStudy(list, document.study());

        put(list, TagFromName.Modality, "SR");
        put(list, TagFromName.SeriesInstanceUID, document.seriesUid());
        put(list, TagFromName.SeriesNumber, Integer.toString(document.seriesNumber()));
        put(list, TagFromName.SeriesDescription, document.seriesDescription());
        sequence(list, TagFromName.ReferencedPerformedProcedureStepSequence);

        PixelMedSrAttributes.putEquipment(list, document.equipment());

        put(list, TagFromName.InstanceNumber, Integer.toString(document.instanceNumber()));
        put(list, TagFromName.CompletionFlag, document.complete() ? "COMPLETE" : "PARTIAL");
        // machine output plus one reader's decisions: nobody has legally attested the document
        put(list, TagFromName.VerificationFlag, "UNVERIFIED");
        put(list, TagFromName.ContentDate, DATE.format(now));
        put(list, TagFromName.ContentTime, TIME.format(now));
        sequence(list, TagFromName.PerformedProcedureCodeSequence);
        evidence(list, document.evidence());
    }

    /** Current Requested Procedure Evidence Sequence: study > series > SOP instances, grouped. */
    private static void evidence(AttributeList list, List<SopReference> evidence)
            throws com.pixelmed.dicom.DicomException {
        if (evidence.isEmpty()) {
            return;
        }
        Map<String, Map<String, List<SopReference>>> byStudyAndSeries = new LinkedHashMap<>();
        for (SopReference reference : evidence) {
            byStudyAndSeries.computeIfAbsent(reference.studyUid(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(reference.seriesUid(), k -> new java.util.ArrayList<>()).add(reference);
        }
        SequenceAttribute studies = sequence(list, TagFromName.CurrentRequestedProcedureEvidenceSequence);
        for (Map.Entry<String, Map<String, List<SopReference>>> study : byStudyAndSeries.entrySet()) {
            AttributeList studyItem = new AttributeList();
            put(studyItem, TagFromName.StudyInstanceUID, study.getKey());
            SequenceAttribute series = sequence(studyItem, TagFromName.ReferencedSeriesSequence);
            for (Map.Entry<String, List<SopReference>> oneSeries : study.getValue().entrySet()) {
                AttributeList seriesItem = new AttributeList();
                put(seriesItem, TagFromName.SeriesInstanceUID, oneSeries.getKey());
                SequenceAttribute sops = sequence(seriesItem, TagFromName.ReferencedSOPSequence);
                for (SopReference reference : oneSeries.getValue()) {
                    AttributeList sopItem = new AttributeList();
                    put(sopItem, TagFromName.ReferencedSOPClassUID, reference.sopClassUid());
                    put(sopItem, TagFromName.ReferencedSOPInstanceUID, reference.sopInstanceUid());
                    sops.addItem(sopItem);
                }
                series.addItem(seriesItem);
            }
            studies.addItem(studyItem);
        }
    }
}
