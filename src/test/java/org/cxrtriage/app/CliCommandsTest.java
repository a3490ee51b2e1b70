package org.cxrtriage.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.cli.CommandLineFactory;
import org.cxrtriage.cli.RootCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** predict and evaluate as a user runs them, through the composition root, on real films and the shipped model. */
class CliCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CompositionRoot root = new CompositionRoot();
        return CommandLineFactory.create(new RootCommand(root::launchWorkstation), root.cliServices(),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aWrongModeOrWindowSizeIsRefusedInOneLineBeforeAnyWindowOpens() {
        assertEquals(1, run("--smoke", "--mode", "surgeon", "samples"));
        assertEquals(List.of("error: unknown mode 'surgeon': use radiologist, point-of-care or teaching"),
                err.toString().lines().toList());
        err.getBuffer().setLength(0);
        assertEquals(1, run("--smoke", "--mode", "teaching", "--window-size", "big", "samples"));
        assertEquals(List.of("error: window size 'big' is not WIDTHxHEIGHT, e.g. 1366x768"),
                err.toString().lines().toList());
    }

    @Test
    void predictPrintsOneJsonLinePerImageAndWritesTheOverlay(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not an image");
        int exit = run("predict", "--json", "--heatmap", dir.resolve("heat").toString(),
                TestData.cxr("shenzhen/CHNCXR_0007_0.png").toString(), TestData.cxr("tbx11k/tb0004.png").toString(),
                broken.toString());
        assertEquals(1, exit, "one unreadable input makes the exit code 1");
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        double p = first.get("probability").asDouble();
        assertTrue(p >= 0 && p <= 1);
        assertEquals(p >= first.get("threshold").asDouble(), first.get("flagged").asBoolean());
        assertEquals("tb-cxr-v1", first.get("model").asText());
        BufferedImage overlay = ImageIO.read(Path.of(first.get("heatmap").asText()).toFile());
        assertTrue(overlay.getWidth() > 300, "overlay with legend");
        assertTrue(err.toString().contains(broken + ": "), err.toString());
        assertFalse(err.toString().contains("Exception"), "no stack trace on stderr: " + err);
    }

    @Test
    void evaluateCountsFlaggedOnAPositivesOnlySetAndListsUnreadableImages(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("set.csv");
        Files.writeString(dir.resolve("broken.png"), "x");
        Files.writeString(csv, "path,label\n"
                + TestData.cxr("tbx11k/tb0004.png") + ",tb\n"
                + TestData.cxr("tbx11k/tb0005.png") + ",tb\n"
                + TestData.cxr("tbx11k/tb0003.png") + ",tb\n"
                + "broken.png,tb\n");
        int exit = run("evaluate", "--manifest", csv.toString(), "--positive", "tb", "--out", dir.resolve("e").toString());
        assertEquals(1, exit, err.toString());
        String text = out.toString();
        assertTrue(text.matches("(?s).*\\b\\d of 3 flagged.*"), text);
        assertTrue(text.contains("1 unreadable image(s)"), text);
        assertTrue(text.contains("broken.png"), text);
        JsonNode metrics = new ObjectMapper().readTree(dir.resolve("e/metrics.json").toFile());
        assertEquals(3, metrics.get("n").asInt());
        assertEquals(3, metrics.get("positives").asInt());
        assertEquals(0, metrics.get("negatives").asInt());
        assertTrue(metrics.get("auc").isNull(), "no AUC without negatives");
        assertTrue(metrics.get("specificity").isNull());
        assertEquals(2, metrics.get("sensitivity_ci").size());
        assertEquals(1, metrics.get("unreadable").asInt());
        assertEquals("tb-cxr-v1", metrics.get("model").asText());
        assertEquals(4, Files.readAllLines(dir.resolve("e/predictions.csv")).size());
        assertTrue(Files.size(dir.resolve("e/roc.png")) > 0);
    }

    @Test
    void evaluateOnMontgomeryReportsBothClasses(@TempDir Path dir) throws Exception {
        int exit = run("evaluate", "--manifest", TestData.cxr("MANIFEST.csv").toString(), "--split", "external_tb",
                "--positive", "tb", "--negative", "normal", "--out", dir.toString());
        assertEquals(0, exit, err.toString());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());
        assertEquals(36, m.get("n").asInt());
        assertEquals(14, m.get("positives").asInt());
        assertEquals(22, m.get("negatives").asInt());
        double auc = m.get("auc").asDouble();
        assertTrue(m.get("auc_ci").get(0).asDouble() <= auc && auc <= m.get("auc_ci").get(1).asDouble());
        assertTrue(m.get("per_source").has("montgomery"));
    }
}
