package org.cxrtriage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomTestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code info} through the real command tree, with the real PixelMed services, output captured. */
class InfoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHEST = "radiography/CR-MONO1-10-chest.dcm";

    @TempDir
    Path temp;
    private DicomTestServices dicom;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        dicom = new DicomTestServices(temp.resolve("x"));
    }

    @AfterEach
    void stop() {
        dicom.close();
    }

    private int run(String... args) {
        RootCommand root = new RootCommand(options -> {
            throw new AssertionError("info must not open the workstation");
        });
        CliServices services = printer -> List.of(new InfoCommand(dicom.loader, dicom.decoder, printer));
        return CommandLineFactory.create(root, services, new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void jsonForAKnownFileHasItsFieldsAndNoPatientData() throws Exception {
        Path chest = TestData.dicom(CHEST);
        assertEquals(0, run("info", "--json", chest.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(1, lines.size(), out.toString());
        JsonNode node = JSON.readTree(lines.get(0));
        assertEquals("1.2.392.200036.9125.0.19950720112207", node.get("sopInstanceUid").asText());
        assertEquals("1.2.392.200036.9125.0.199302241758.16", node.get("studyInstanceUid").asText());
        assertEquals("CR", node.get("modality").asText());
        assertEquals("MONOCHROME1", node.get("photometricInterpretation").asText());
        assertEquals(440, node.get("rows").asInt());
        assertEquals(440, node.get("columns").asInt());
        assertEquals(10, node.get("bitsStored").asInt());
        assertEquals(1, node.get("frames").asInt());
        assertEquals("1.2.840.10008.1.2", node.get("transferSyntaxUid").asText());
        assertEquals("Implicit VR Little Endian", node.get("transferSyntaxName").asText());
        assertEquals(550.0, node.get("windows").get(0).get("center").asDouble());
        assertEquals(1024.0, node.get("windows").get(0).get("width").asDouble());
        assertFalse(node.has("patientName"));
        assertFalse(node.has("patientId"));
        assertFalse(out.toString().contains("Anonymized"), "the patient name stays out without --phi");
        assertEquals("", err.toString());
    }

    @Test
    void phiAddsThePatientName() throws Exception {
        assertEquals(0, run("info", "--json", "--phi", TestData.dicom(CHEST).toString()));
        JsonNode node = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
        assertEquals("Anonymized", node.get("patientName").asText());
        assertTrue(node.has("patientId"));
    }

    @Test
    void humanOutputWithDecodeShowsEachFrameRange() {
        assertEquals(0, run("info", "--decode", TestData.dicom("multiframe/emri_small.dcm").toString()));
        String text = out.toString();
        assertTrue(text.contains("transfer syntax: Explicit VR Little Endian (1.2.840.10008.1.2.1)"), text);
        assertTrue(text.contains("MONOCHROME2, 64 rows x 64 columns, 12 bits stored, 10 frame(s)"), text);
        for (int f = 1; f <= 10; f++) {
            assertTrue(text.contains("  frame " + f + ": min "), "frame " + f + " in " + text);
        }
        assertTrue(text.contains("1 instance(s) in 1 study(ies); 0 failure(s); 0 non-DICOM file(s) skipped"), text);
    }

    @Test
    void decodeOfAnUnsupportedSyntaxPrintsTheErrorAndExitsNonZero() throws Exception {
        Path jpegLs = TestData.dicom("transfer-syntax/CTImage.dcm_JPEGLSLosslessTransferSyntax_1.2.840.10008.1.2.4.80.dcm");
        assertEquals(1, run("info", "--json", "--decode", jpegLs.toString()));
        JsonNode node = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
        assertEquals("transfer syntax JPEG-LS Lossless (1.2.840.10008.1.2.4.80) is not supported",
                node.get("decodeError").asText());
    }

    @Test
    void brokenSingleFileIsOneLineOnStderr() throws Exception {
        Path source = TestData.dicom("transfer-syntax/CTImage.dcm_LittleEndianExplicitTransferSyntax_1.2.840.10008.1.2.1.dcm");
        Path broken = temp.resolve("broken.dcm");
        Files.write(broken, Arrays.copyOf(Files.readAllBytes(source), 300_000));
        assertEquals(1, run("info", broken.toString()));
        assertEquals("", out.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(List.of("error: " + broken + ": element (7FE0,0010) claims 524288 bytes but the file has 300000"),
                lines);
    }

    @Test
    void folderFailuresAreListedAndMakeTheExitCodeNonZero() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("f"));
        Files.copy(TestData.dicom(CHEST), folder.resolve("good.dcm"));
        Files.write(folder.resolve("bad.dcm"), Arrays.copyOf(Files.readAllBytes(TestData.dicom(CHEST)), 1000));
        Files.writeString(folder.resolve("readme.txt"), "text\n");
        assertEquals(1, run("info", "--json", folder.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        JsonNode failure = JSON.readTree(lines.get(1));
        assertEquals(folder.resolve("bad.dcm").toString(), failure.get("file").asText());
        assertTrue(failure.get("error").asText().startsWith("element ("), failure.toString());
    }
}
