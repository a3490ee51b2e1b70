package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.PatientInfo;
import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.dicom.sr.CodedConcept;
import org.cxrtriage.dicom.sr.Equipment;
import org.cxrtriage.dicom.sr.SrDocument;
import org.cxrtriage.dicom.sr.SrFile;
import org.cxrtriage.dicom.sr.SrItem;
import org.cxrtriage.dicom.sr.SrWriter;
import org.cxrtriage.dicom.sr.StudyContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.cxrtriage.dicom.sr.Relationship.CONTAINS;
import static org.cxrtriage.dicom.sr.Relationship.HAS_CONCEPT_MOD;
import static org.cxrtriage.dicom.sr.Relationship.HAS_OBS_CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelMedSrRoundTripTest {
    private static final CodedConcept ROOT = new CodedConcept("R1", "99TEST", "Root");
    private static final String CR_IMAGE = "1.2.840.10008.5.1.4.1.1.1";

    @TempDir
    Path folder;

    private final PixelMedSrReader reader = new PixelMedSrReader();

    @Test
    void everyItemTypeReadsBackAsWritten() throws Exception {
        AnalysedImage image = reader.readImageHeader(TestData.dicom("radiography/RG3_J2KR.dcm"));
        SrItem.Container root = new SrItem.Container(null, ROOT, "1500", List.of(
                new SrItem.Code(HAS_CONCEPT_MOD, code("C1"), code("V1")),
                new SrItem.PersonName(HAS_OBS_CONTEXT, code("P1"), "Okafor^Ngozi"),
                new SrItem.UidRef(HAS_OBS_CONTEXT, code("U1"), "2.25.12345"),
                new SrItem.Container(CONTAINS, code("G1"), "", List.of(
                        new SrItem.Num(CONTAINS, code("N1"), "0.123456", code("UNIT")),
                        new SrItem.Text(CONTAINS, code("T1"), "odd length"),
                        new SrItem.Text(CONTAINS, code("T2"), "ünïcødé reader"),
                        new SrItem.DateTime(CONTAINS, code("D1"), "20261203123000.000+0000"),
                        new SrItem.Image(CONTAINS, null, image.sopClassUid(), image.sopInstanceUid()))),
                new SrItem.Composite(CONTAINS, code("X1"), SrWriter.COMPREHENSIVE_SR, "2.25.999")));
        SrDocument document = new SrDocument("2.25.1", "2.25.2", 77, 3, "round trip", Instant.now(), image.study(),
                root, List.of(image.reference()), false, new Equipment("m", "n", "v"));
        Path file = folder.resolve("sub").resolve("rt.dcm");

        new PixelMedSrWriter().write(document, file);
        SrFile read = reader.readReport(file);

        assertEquals(root, read.root());
        assertEquals("2.25.1", read.sopInstanceUid());
        assertEquals("2.25.2", read.seriesUid());
        assertEquals("PARTIAL", read.completionFlag());
        assertEquals(List.of(image.reference()), read.evidence());
        assertEquals(image.study().patient(), read.study().patient());
        assertEquals(image.study().studyDate(), read.study().studyDate());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no partial files are left behind");
        }
    }

    @Test
    void imageHeadersAreReadWithoutFileMetaAndFromLargeCompressedFiles() throws DicomException {
        AnalysedImage raw = reader.readImageHeader(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        assertEquals("1.2.392.200036.9125.0.19950720112207", raw.sopInstanceUid());
        assertEquals("1.2.392.200036.9125.0.199302241758.16", raw.study().studyUid());
        assertEquals(CR_IMAGE, raw.sopClassUid());

        AnalysedImage large = reader.readImageHeader(TestData.dicom("large/RG1_2500_jpll_sv1.dcm"));
        assertEquals("1.3.6.1.4.1.5962.99.1.1029156293.68290279.1796325518789.2.0", large.sopInstanceUid());
        assertEquals("1.3.6.1.4.1.5962.1.3.9.1.20040826185059.5457", large.seriesUid());
        assertEquals("CompressedSamples^RG1", large.study().patient().name());
        assertFalse(large.study().toString().contains("CompressedSamples"), "PHI must not reach toString/logs");
    }

    @Test
    void badInputGivesAMessageNamingTheFile() throws Exception {
        Path image = TestData.dicom("radiography/RG1_J2KI.dcm");
        DicomException notSr = assertThrows(DicomException.class, () -> reader.readReport(image));
        assertEquals(image, notSr.file());
        assertTrue(notSr.reason().contains("not a structured report"), notSr.reason());

        Path thirdParty = TestData.dicom("sr/test-SR.dcm"); // uses SCOORD, TCOORD, children under TEXT
        DicomException unsupported = assertThrows(DicomException.class, () -> reader.readReport(thirdParty));
        assertTrue(unsupported.reason().startsWith("unsupported structured report content"), unsupported.reason());

        Path png = Files.writeString(folder.resolve("notes.dcm"), "this is not DICOM");
        DicomException garbage = assertThrows(DicomException.class, () -> reader.readImageHeader(png));
        assertEquals(png, garbage.file());

        Path missing = folder.resolve("missing.dcm");
        assertEquals("file not found",
                assertThrows(DicomException.class, () -> reader.readImageHeader(missing)).reason());
    }

    @Test
    void studyContextHidesPatientDataAndDefaultsEmpty() {
        StudyContext context = new StudyContext(new PatientInfo("Doe^Jane", "12345", null, null), "2.25.7",
                null, null, null, null, null);
        assertFalse(context.toString().contains("Doe"));
        assertFalse(context.toString().contains("12345"));
        assertEquals("", context.studyDate());
    }

    private static CodedConcept code(String value) {
        return new CodedConcept(value, "99TEST", "Meaning " + value);
    }
}
