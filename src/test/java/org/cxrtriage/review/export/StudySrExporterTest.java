package org.cxrtriage.review.export;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.Series;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.dicom.sr.CodedConcept;
import org.cxrtriage.dicom.sr.Equipment;
import org.cxrtriage.dicom.pixelmed.PixelMedSrReader;
import org.cxrtriage.dicom.pixelmed.PixelMedSrWriter;
import org.cxrtriage.dicom.sr.SrFile;
import org.cxrtriage.dicom.sr.SrItem;
import org.cxrtriage.dicom.sr.SrWriter;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.FlagKey;
import org.cxrtriage.review.Flags;
import org.cxrtriage.review.RejectReason;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.review.ReviewLedger;
import org.cxrtriage.review.StudyReview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports SRs for real chest images (NEMA WG04 RG1 and its 2500x2500 JPEG-lossless derivative share one
 * study), validates them with dciodvfy and reads them back.
 */
class StudySrExporterTest {
    // dciodvfy rejects the 2.999 example arc, so the export tests use the default UUID-derived root
    private static final String TEST_ROOT = UidGenerator.UUID_ROOT;
    private static final Instant DECIDED = Instant.parse("2026-12-03T12:30:00Z");

    @TempDir
    Path out;

    private final PixelMedSrReader reader = new PixelMedSrReader();
    private StudySrExporter exporter;
    private Path j2k;
    private Path large;
    private AnalysedImage j2kHeader;
    private AnalysedImage largeHeader;

    @BeforeEach
    void setUp() throws DicomException {
        exporter = new StudySrExporter(reader, new PixelMedSrWriter(), new UidGenerator(TEST_ROOT),
                new Equipment("CXR Triage project", "CXR Triage", "0.1.0"),
                Clock.fixed(Instant.parse("2026-12-03T13:00:00Z"), ZoneOffset.UTC));
        j2k = TestData.dicom("radiography/RG1_J2KI.dcm");
        large = TestData.dicom("large/RG1_2500_jpll_sv1.dcm");
        j2kHeader = reader.readImageHeader(j2k);
        largeHeader = reader.readImageHeader(large);
    }

    @Test
    void aReviewedStudyGivesTwoValidReportsThatReferenceTheImagesAndEachOther() throws Exception {
        AiResult first = result(j2kHeader, 0.87);
        AiResult second = result(largeHeader, 0.64);
        ReviewEvent accept = ReviewEvent.accept(first, "Dr Ngozi Okafor", DECIDED);
        ReviewEvent reject = ReviewEvent.reject(second, RejectReason.ARTEFACT, "skin fold", "Dr Ngozi Okafor",
                DECIDED.plusSeconds(30));
        StudyReview review = ReviewLedger.study(studyUid(), List.of(first, second), List.of(accept, reject));

        ExportedStudy exported = exporter.export(review, images(), out);

        assertTrue(exported.complete());
        SrFile ai = reader.readReport(exported.aiResult().file());
        SrFile assessment = reader.readReport(exported.assessmentReport().orElseThrow().file());
        for (SrFile sr : List.of(ai, assessment)) {
            assertEquals(SrWriter.COMPREHENSIVE_SR, sr.sopClassUid());
            assertEquals("SR", sr.modality());
            assertTrue(sr.sopInstanceUid().startsWith(TEST_ROOT + "."), sr.sopInstanceUid());
            assertTrue(sr.seriesUid().startsWith(TEST_ROOT + "."), sr.seriesUid());
            // Patient/Study copied from the analysed image, so PACS files the SR with it
            assertEquals(studyUid(), sr.study().studyUid());
            assertEquals(j2kHeader.study().patient().name(), sr.study().patient().name());
            assertEquals(j2kHeader.study().patient().id(), sr.study().patient().id());
            assertEquals(j2kHeader.study().accessionNumber(), sr.study().accessionNumber());
        }

        // AI result SR: evidence = both images; one measurement group per flag, pointing at its image
        assertEquals(List.of(j2kHeader.reference(), largeHeader.reference()), ai.evidence());
        assertEquals(AiResultReport.TEMPLATE, ai.root().templateId());
        List<SrItem> groups = measurements(ai).named(Codes.MEASUREMENT_GROUP);
        assertEquals(2, groups.size());
        SrItem.Container firstGroup = (SrItem.Container) groups.get(0);
        assertEquals(j2kHeader.sopInstanceUid(),
                firstGroup.single(Codes.SOURCE_OF_MEASUREMENT, SrItem.Image.class).sopInstanceUid());
        assertEquals(0.87, firstGroup.single(Codes.PROBABILITY, SrItem.Num.class).number(), 1e-6);
        assertEquals(0.5, firstGroup.single(Codes.THRESHOLD, SrItem.Num.class).number(), 1e-6);
        assertTrue(Codes.TUBERCULOSIS.sameCode(firstGroup.single(Codes.FINDING, SrItem.Code.class).value()));
        assertTrue(Codes.YES.sameCode(firstGroup.single(Codes.FLAG_RAISED, SrItem.Code.class).value()));
        assertEquals(Flags.MODEL.version(), firstGroup.single(Codes.ALGORITHM_VERSION, SrItem.Text.class).text());
        assertEquals(Flags.MODEL.sha256(), firstGroup.single(Codes.MODEL_SHA256, SrItem.Text.class).text());
        assertEquals(largeHeader.sopInstanceUid(), ((SrItem.Container) groups.get(1))
                .single(Codes.SOURCE_OF_MEASUREMENT, SrItem.Image.class).sopInstanceUid());

        // Assessment SR: references the AI SR by SOP Instance UID (evidence and content) and each finding
        assertEquals(List.of(exported.aiResult().reference(), j2kHeader.reference(), largeHeader.reference()),
                assessment.evidence());
        assertEquals("COMPLETE", assessment.completionFlag());
        assertEquals(ai.sopInstanceUid(),
                assessment.root().single(Codes.ASSESSED_RESULT, SrItem.Composite.class).sopInstanceUid());
        List<SrItem> assessed = assessment.root().named(Codes.FINDING_ASSESSMENT);
        assertEquals(2, assessed.size());
        SrItem.Container accepted = (SrItem.Container) assessed.get(0);
        SrItem.Container rejected = (SrItem.Container) assessed.get(1);
        assertEquals(trackingUid(firstGroup), accepted.single(Codes.TRACKING_UID, SrItem.UidRef.class).uid());
        assertEquals(trackingUid((SrItem.Container) groups.get(1)),
                rejected.single(Codes.TRACKING_UID, SrItem.UidRef.class).uid());
        assertCode(Codes.ACCEPTED, accepted.single(Codes.ASSESSMENT, SrItem.Code.class));
        assertCode(Codes.REJECTED, rejected.single(Codes.ASSESSMENT, SrItem.Code.class));
        assertCode(Codes.reason(RejectReason.ARTEFACT), rejected.single(Codes.REJECT_REASON, SrItem.Code.class));
        assertEquals("skin fold", rejected.single(Codes.COMMENT, SrItem.Text.class).text());
        assertEquals("Dr Ngozi Okafor", rejected.single(Codes.PERSON_OBSERVER_NAME, SrItem.PersonName.class).name());
        assertEquals("20261203123030.000+0000", rejected.single(Codes.ASSESSED_AT, SrItem.DateTime.class).dateTime());
        assertEquals(reject.eventId(), rejected.single(Codes.REVIEW_EVENT_ID, SrItem.Text.class).text());
        assertEquals(largeHeader.sopInstanceUid(),
                rejected.single(Codes.SOURCE_OF_MEASUREMENT, SrItem.Image.class).sopInstanceUid());

        assertEquals(AiResultReport.deviceUid(Flags.MODEL),
                ai.root().single(Codes.DEVICE_OBSERVER_UID, SrItem.UidRef.class).uid());
        assertTrue(AiResultReport.deviceUid(Flags.MODEL).matches("2\\.25\\.[1-9][0-9]*"));
        assertFalse(AiResultReport.deviceUid(Flags.MODEL).equals(AiResultReport.deviceUid(Flags.NEXT_MODEL)));

        assertValid(exported.aiResult().file());
        assertValid(exported.assessmentReport().orElseThrow().file());

        // the project's study loader files both SRs into the analysed image's study, one series each
        try (DicomTestServices dicom = new DicomTestServices(out.resolve("loader-temp"))) {
            LoadResult loaded = dicom.loader.load(out);
            assertEquals(List.of(), loaded.failures());
            assertEquals(1, loaded.studies().size());
            Study study = loaded.studies().get(0);
            assertEquals(studyUid(), study.studyInstanceUid());
            assertEquals(j2kHeader.study().patient(), study.patient());
            assertEquals(List.of("SR", "SR"), study.series().stream().map(Series::modality).toList());
            assertEquals(java.util.Set.of(ai.sopInstanceUid(), assessment.sopInstanceUid()),
                    study.instances().stream().map(Instance::sopInstanceUid).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void aPartlyReviewedStudyGivesAPartialAssessmentOfTheDecidedFlagsOnly() throws Exception {
        AiResult first = result(j2kHeader, 0.21);
        AiResult second = result(largeHeader, 0.93);
        ReviewEvent modify = ReviewEvent.modify(second, "left upper zone, not right", "alice", DECIDED);
        StudyReview review = ReviewLedger.study(studyUid(), List.of(first, second), List.of(modify));

        ExportedStudy exported = exporter.export(review, images(), out);

        assertFalse(exported.complete());
        SrFile assessment = reader.readReport(exported.assessmentReport().orElseThrow().file());
        assertEquals("PARTIAL", assessment.completionFlag());
        List<SrItem> assessed = assessment.root().named(Codes.FINDING_ASSESSMENT);
        assertEquals(1, assessed.size());
        SrItem.Container only = (SrItem.Container) assessed.get(0);
        assertCode(Codes.MODIFIED, only.single(Codes.ASSESSMENT, SrItem.Code.class));
        assertTrue(only.named(Codes.REJECT_REASON).isEmpty());
        assertEquals(largeHeader.sopInstanceUid(),
                only.single(Codes.SOURCE_OF_MEASUREMENT, SrItem.Image.class).sopInstanceUid());
        SrFile ai = reader.readReport(exported.aiResult().file());
        SrItem.Container firstGroup = (SrItem.Container) measurements(ai).named(Codes.MEASUREMENT_GROUP).get(0);
        assertTrue(Codes.NO.sameCode(firstGroup.single(Codes.FLAG_RAISED, SrItem.Code.class).value()));
        assertValid(exported.assessmentReport().orElseThrow().file());
    }

    @Test
    void withNoDecisionOnlyTheAiResultIsWritten() throws Exception {
        Path chest = TestData.dicom("radiography/CR-MONO1-10-chest.dcm"); // no File Meta Information
        AnalysedImage header = reader.readImageHeader(chest);
        AiResult result = result(header, 0.33);
        StudyReview review = ReviewLedger.study(header.study().studyUid(), List.of(result), List.of());

        ExportedStudy exported = exporter.export(review, Map.of(header.sopInstanceUid(), chest), out);

        assertTrue(exported.assessmentReport().isEmpty());
        SrFile ai = reader.readReport(exported.aiResult().file());
        assertEquals(List.of(header.reference()), ai.evidence());
        assertValid(exported.aiResult().file());
    }

    @Test
    void theWrongImageFileIsRefusedNamingIt() {
        AiResult first = result(j2kHeader, 0.87);
        StudyReview review = ReviewLedger.study(studyUid(), List.of(first), List.of());
        DicomException e = assertThrows(DicomException.class,
                () -> exporter.export(review, Map.of(j2kHeader.sopInstanceUid(), large), out));
        assertEquals(large, e.file());
        assertTrue(e.reason().contains(j2kHeader.sopInstanceUid()), e.reason());
        assertThrows(IllegalArgumentException.class, () -> exporter.export(review, Map.of(), out));
    }

    @Test
    void patientNamesAndIdsNeverReachTheLog() throws Exception {
        AiResult first = result(j2kHeader, 0.87);
        StudyReview review = ReviewLedger.study(studyUid(), List.of(first),
                List.of(ReviewEvent.accept(first, "alice", DECIDED)));
        exporter.export(review, images(), out);
        // a failing export logs too: the wrong file for the SOP UID
        assertThrows(DicomException.class, () -> exporter.export(review, Map.of(j2kHeader.sopInstanceUid(), large), out));

        Path log = Path.of(System.getProperty("cxr.log.dir", "target/test-logs"), "cxr-triage.log");
        String text = java.nio.file.Files.readString(log);
        assertTrue(text.contains("exported study " + studyUid()), "the export should be logged");
        assertFalse(text.contains(j2kHeader.study().patient().name()), "patient name in " + log);
        assertFalse(text.contains(j2kHeader.study().patient().id()), "patient ID in " + log);
    }

    private static SrItem.Container measurements(SrFile ai) {
        return ai.root().single(Codes.IMAGING_MEASUREMENTS, SrItem.Container.class);
    }

    private static String trackingUid(SrItem.Container group) {
        return group.single(Codes.TRACKING_UID, SrItem.UidRef.class).uid();
    }

    private static void assertCode(CodedConcept expected, SrItem.Code actual) {
        assertTrue(expected.sameCode(actual.value()), "expected " + expected + " got " + actual.value());
    }

    private static void assertValid(Path file) throws Exception {
        List<String> lines = Dciodvfy.check(file);
        assertEquals(List.of(), Dciodvfy.errors(lines), "dciodvfy errors for " + file + ":\n" + String.join("\n", lines));
        Map<String, Long> warnings = Dciodvfy.warnings(lines).stream()
                .collect(java.util.stream.Collectors.groupingBy(w -> w, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        System.out.println("dciodvfy " + file.getFileName() + ": 0 errors; warnings " + warnings);
    }

    private String studyUid() {
        return j2kHeader.study().studyUid();
    }

    private Map<String, Path> images() {
        return Map.of(j2kHeader.sopInstanceUid(), j2k, largeHeader.sopInstanceUid(), large);
    }

    private static AiResult result(AnalysedImage image, double probability) {
        FlagKey key = new FlagKey(image.study().studyUid(), image.seriesUid(), image.sopInstanceUid(), "TB",
                Flags.MODEL);
        return new AiResult(key, probability, 0.5);
    }
}
