package org.cxrtriage.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.cli.CommandLineFactory;
import org.cxrtriage.cli.RootCommand;
import org.cxrtriage.dicom.ExternalTool;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.dicom.pixelmed.PixelMedSrReader;
import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.dicom.sr.SopReference;
import org.cxrtriage.dicom.sr.SrFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code review}, {@code review --history} and {@code export-sr} as a script runs them, through the composition
 * root, on a real chest DICOM image, the shipped model and an SQLite store in a temp data folder.
 */
class ReviewCommandsTest {
    private static final Path CHEST = Path.of("radiography/RG1_J2KI.dcm");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private CompositionRoot root;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() {
        root = new CompositionRoot(new DicomModule(256L << 20, UidGenerator.UUID_ROOT, temp.resolve("tmp")),
                new ReviewModule(temp.resolve("data"), "osuser", Clock.systemUTC()));
    }

    @AfterEach
    void tearDown() {
        root.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineFactory.create(new RootCommand(root::launchWorkstation), root.cliServices(),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void decisionsAreRecordedPrintedAsHistoryAndExportedAsValidSrs() throws Exception {
        Path chest = TestData.dicom(CHEST.toString());
        AnalysedImage header = new PixelMedSrReader().readImageHeader(chest);

        assertEquals(0, run("review", chest.toString(), "--decision", "reject", "--reason", "NOT_TB_LIKE",
                "--note", "old calcified granuloma", "--reader", "Dr Ada Reader", "--json"), err.toString());
        JsonNode rejected = jsonLines().get(0);
        assertEquals("REJECT", rejected.get("kind").asText());
        assertEquals("NOT_TB_LIKE", rejected.get("reason").asText());
        assertEquals(header.sopInstanceUid(), rejected.get("sopUid").asText());
        assertEquals("tb-cxr-v1", rejected.get("model").asText());
        assertTrue(rejected.get("modelSha256").asText().matches("[0-9a-f]{64}"));

        // a rejection without a reason is refused with one line, nothing recorded
        assertEquals(2, run("review", chest.toString(), "--decision", "reject", "--reader", "Dr Ada Reader"));
        assertTrue(err.toString().contains("--reason CODE is required"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());

        assertEquals(0, run("review", chest.toString(), "--decision", "accept", "--reader", "Dr Bo Second"),
                err.toString());
        assertTrue(out.toString().contains("ACCEPT TB by Dr Bo Second"), out.toString());

        assertEquals(0, run("review", "--history", chest.toString(), "--json"), err.toString());
        List<JsonNode> history = jsonLines();
        assertEquals(List.of("REJECT", "ACCEPT"), history.stream().map(n -> n.get("kind").asText()).toList());
        assertEquals(List.of("Dr Ada Reader", "Dr Bo Second"),
                history.stream().map(n -> n.get("reader").asText()).toList());
        assertEquals(rejected.get("eventId").asText(), history.get(0).get("eventId").asText());
        assertEquals(history.get(0).get("probability").asDouble(), history.get(1).get("probability").asDouble(),
                "the same analysis both times");

        Path srs = temp.resolve("srs");
        assertEquals(0, run("export-sr", chest.toString(), "--out", srs.toString(), "--json"), err.toString());
        List<JsonNode> exported = jsonLines();
        assertEquals(1, exported.size(), out.toString());
        JsonNode line = exported.get(0);
        assertEquals(header.study().studyUid(), line.get("studyUid").asText());
        assertTrue(line.get("complete").asBoolean(), "the one flag is decided");
        Path aiFile = Path.of(line.get("aiResult").asText());
        Path assessmentFile = Path.of(line.get("assessment").asText());
        try (var files = Files.list(srs)) {
            assertEquals(2, files.count());
        }

        PixelMedSrReader reader = new PixelMedSrReader();
        SrFile ai = reader.readReport(aiFile);
        SrFile assessment = reader.readReport(assessmentFile);
        assertEquals(line.get("aiResultSopUid").asText(), ai.sopInstanceUid());
        assertEquals(List.of(header.reference()), ai.evidence(), "the AI SR references the analysed image");
        assertEquals(ai.sopInstanceUid(), assessment.evidence().get(0).sopInstanceUid(),
                "the assessment SR references the AI SR");
        assertEquals(List.of(header.sopInstanceUid()), assessment.evidence().stream().skip(1)
                .map(SopReference::sopInstanceUid).toList());
        assertEquals("COMPLETE", assessment.completionFlag());
        assertTrue(ai.sopInstanceUid().startsWith(UidGenerator.UUID_ROOT + "."), "our UID root, not PixelMed's");

        Path dciodvfy = ExternalTool.find("dciodvfy").orElseThrow(
                () -> new AssertionError("dciodvfy missing: apt-get install dicom3tools (scripts/setup.sh)"));
        assertEquals(List.of(), ExternalTool.dciodvfyErrors(dciodvfy, aiFile));
        assertEquals(List.of(), ExternalTool.dciodvfyErrors(dciodvfy, assessmentFile));
    }

    @Test
    void anImageWithoutAnAiResultIsRefusedAndNothingIsExported() throws Exception {
        Path ct = TestData.dicom("transfer-syntax/CTImage.dcm");
        assertEquals(1, run("review", ct.toString(), "--decision", "accept", "--reader", "Dr Ada Reader"));
        assertTrue(err.toString().contains(ct + ": no AI result to review (modality CT"), err.toString());
        assertEquals(0, run("review", "--history", ct.toString()));
        assertTrue(out.toString().contains("no review events"), out.toString());
        Path srs = temp.resolve("srs");
        assertEquals(0, run("export-sr", ct.toString(), "--out", srs.toString()));
        assertTrue(out.toString().contains("exported 0 studies"), out.toString());
    }

    @Test
    void aPngPictureIsReviewedFromTheCommandLineUnderItsStableUid() throws Exception {
        Path film;
        try (var files = Files.list(TestData.cxr("tbx11k"))) {
            film = Files.copy(files.sorted().findFirst().orElseThrow(), temp.resolve("field-export.png"));
        }
        assertEquals(0, run("review", film.toString(), "--decision", "accept", "--reader", "Dr Ada Reader",
                "--json"), err.toString());
        JsonNode accepted = jsonLines().get(0);
        assertEquals("ACCEPT", accepted.get("kind").asText());
        assertTrue(accepted.get("sopUid").asText().matches("2\\.25\\.[0-9]+"), accepted.toString());
        assertTrue(accepted.get("probability").asDouble() > 0 && accepted.get("probability").asDouble() < 1);

        // another run finds the decision again: the UIDs come from the file's bytes
        assertEquals(0, run("review", "--history", film.toString(), "--json"), err.toString());
        List<JsonNode> history = jsonLines();
        assertEquals(1, history.size(), out.toString());
        assertEquals(accepted.get("eventId").asText(), history.get(0).get("eventId").asText());
        assertEquals(accepted.get("studyUid").asText(), history.get(0).get("studyUid").asText());

        Path cut = Files.write(temp.resolve("cut.png"), java.util.Arrays.copyOf(Files.readAllBytes(film), 2000));
        assertEquals(1, run("review", cut.toString(), "--decision", "accept", "--reader", "Dr Ada Reader"));
        assertTrue(err.toString().contains(cut + ": not a readable PNG image (truncated"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
