package org.cxrtriage.review.export;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.dicom.sr.Equipment;
import org.cxrtriage.dicom.sr.SopReference;
import org.cxrtriage.dicom.sr.SrDocument;
import org.cxrtriage.dicom.sr.SrItem;
import org.cxrtriage.dicom.sr.SrReader;
import org.cxrtriage.dicom.sr.SrWriter;
import org.cxrtriage.dicom.sr.StudyContext;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.FlagState;
import org.cxrtriage.review.StudyReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the DICOM output of one reviewed study: the AI result SR, then the assessment SR referencing it.
 * Patient and study attributes are copied from the analysed images' own headers at export time, which is
 * why the review database never needs to hold patient names or IDs.
 */
public final class StudySrExporter {
    private static final Logger LOG = LoggerFactory.getLogger(StudySrExporter.class);
    static final int AI_RESULT_SERIES_NUMBER = 9901;
    static final int ASSESSMENT_SERIES_NUMBER = 9902;

    private final SrReader reader;
    private final SrWriter writer;
    private final UidGenerator uids;
    private final Equipment equipment;
    private final Clock clock;

    public StudySrExporter(SrReader reader, SrWriter writer, UidGenerator uids, Equipment equipment, Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.uids = uids;
        this.equipment = equipment;
        this.clock = clock;
    }

    /**
     * @param imagesBySopUid where each analysed image lives, by SOP Instance UID
     * @param folder         where the SR files go (created if missing)
     * @throws DicomException naming the image or SR file that could not be read or written
     */
    public ExportedStudy export(StudyReview review, Map<String, Path> imagesBySopUid, Path folder)
            throws DicomException {
        if (review.flags().isEmpty()) {
            throw new IllegalArgumentException("study " + review.studyUid() + " has no AI results to export");
        }
        List<ReportedFlag> reported = new ArrayList<>();
        List<AssessmentReport.DecidedFlag> decided = new ArrayList<>();
        for (FlagState state : review.flags()) {
            ReportedFlag flag = new ReportedFlag(state.result(), analysedImage(review, state.result(), imagesBySopUid),
                    uids.next());
            reported.add(flag);
            if (state.decided()) {
                decided.add(new AssessmentReport.DecidedFlag(state, flag));
            }
        }
        StudyContext study = reported.get(0).image().study();
        Instant now = clock.instant();

        String aiUid = uids.next();
        SrDocument aiDocument = new SrDocument(aiUid, uids.next(), AI_RESULT_SERIES_NUMBER, 1,
                "AI result (not a diagnosis)", now, study, AiResultReport.content(reported),
                AiResultReport.evidence(reported), true, equipment);
        ExportedReport aiReport = write(aiDocument, folder.resolve("ai-result-" + aiUid + ".dcm"));

        ExportedReport assessment = null;
        if (!decided.isEmpty()) {
            String assessmentUid = uids.next();
            SrItem.Container content = AssessmentReport.content(decided, aiReport.reference());
            // evidence: the assessed AI SR and every image an assessment points at (dciodvfy insists)
            List<SopReference> evidence = new ArrayList<>();
            evidence.add(aiReport.reference());
            decided.forEach(flag -> {
                if (!evidence.contains(flag.reported().image().reference())) {
                    evidence.add(flag.reported().image().reference());
                }
            });
            SrDocument document = new SrDocument(assessmentUid, uids.next(), ASSESSMENT_SERIES_NUMBER, 1,
                    "AI result assessment", now, study, content, evidence, review.reviewed(), equipment);
            assessment = write(document, folder.resolve("ai-assessment-" + assessmentUid + ".dcm"));
        }
        LOG.info("exported study {}: {} results, {} decided", review.studyUid(), reported.size(), decided.size());
        return new ExportedStudy(aiReport, assessment, review.reviewed());
    }

    private ExportedReport write(SrDocument document, Path file) throws DicomException {
        writer.write(document, file);
        return new ExportedReport(file, new SopReference(document.study().studyUid(), document.seriesUid(),
                SrWriter.COMPREHENSIVE_SR, document.sopInstanceUid()));
    }

    private AnalysedImage analysedImage(StudyReview review, AiResult result, Map<String, Path> imagesBySopUid)
            throws DicomException {
        String sop = result.key().sopUid();
        Path file = imagesBySopUid.get(sop);
        if (file == null) {
            throw new IllegalArgumentException("no image file given for SOP Instance UID " + sop);
        }
        AnalysedImage image = reader.readImageHeader(file);
        if (!image.sopInstanceUid().equals(sop)) {
            throw new DicomException(file, "is SOP Instance " + image.sopInstanceUid() + ", not the analysed " + sop);
        }
        if (!image.study().studyUid().equals(review.studyUid())) {
            throw new DicomException(file, "belongs to study " + image.study().studyUid() + ", not "
                    + review.studyUid());
        }
        return image;
    }
}
