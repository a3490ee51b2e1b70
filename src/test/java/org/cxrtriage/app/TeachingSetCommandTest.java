package org.cxrtriage.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.cli.CommandLineFactory;
import org.cxrtriage.cli.RootCommand;
import org.cxrtriage.review.teaching.QuizSelection;
import org.cxrtriage.review.teaching.TeachingItem;
import org.cxrtriage.review.teaching.TeachingSet;
import org.cxrtriage.review.teaching.TeachingSetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code teaching-set} as a teacher runs it, through the composition root, on real films and the shipped model, its
 * numbers checked against {@code predict} on the same files. The films: a TB film the model flags (tb0003), one it
 * misses (tb0004), a normal it passes, the Actualmed COVID-19 film it flags (0.965 against 0.6644, the lesson of
 * QuizSessionTest), a file that is not a picture (not analysed) and a row whose file is missing (a problem).
 */
class TeachingSetCommandTest {
    private static final Pattern FILM = Pattern.compile(
            "(\\S+)  (\\S+)  P\\(TB-like\\) ([0-9.]+)  (FLAGGED|not flagged)  (true positive|false positive|"
                    + "true negative|false negative)  \u2014 (.+?)(  slide (\\S+))?");
    private static final String TB_HIT = "tbx11k/tb0003.png";
    private static final String TB_MISS = "tbx11k/tb0004.png";
    private static final String NORMAL =
            "actualmed/CR.1.2.840.113564.1722810170.20200319202613984410.1003000225002.png";
    private static final String COVID =
            "actualmed/CR.1.2.840.113564.1722810170.20200320072856343530.1003000225002.png";
    private static final List<String> PICTURES = List.of(TB_HIT, TB_MISS, NORMAL, COVID);

    /** predict --json on the four pictures: file → probability; and the model's threshold. */
    private static Map<Path, Double> predicted;
    private static double modelThreshold;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static int run(StringWriter out, StringWriter err, String... args) {
        CompositionRoot root = new CompositionRoot();
        try {
            return CommandLineFactory.create(new RootCommand(root::launchWorkstation), root.cliServices(),
                    new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        } finally {
            root.close();
        }
    }

    private int run(String... args) {
        return run(out, err, args);
    }

    @BeforeAll
    static void predictTheSameFilms() throws IOException {
        StringWriter pout = new StringWriter();
        StringWriter perr = new StringWriter();
        List<String> args = new ArrayList<>(List.of("predict", "--json"));
        PICTURES.forEach(p -> args.add(TestData.cxr(p).toString()));
        assertEquals(0, run(pout, perr, args.toArray(String[]::new)), perr.toString());
        predicted = new HashMap<>();
        for (String line : pout.toString().lines().toList()) {
            JsonNode n = new ObjectMapper().readTree(line);
            predicted.put(Path.of(n.get("file").asText()), n.get("probability").asDouble());
            modelThreshold = n.get("threshold").asDouble();
        }
        assertEquals(4, predicted.size(), pout.toString());
    }

    /** The set: the four pictures by absolute path, a broken picture and a missing file by relative path. */
    private static Path teachingSet(Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.png"), "not a picture");
        Path csv = dir.resolve("class.csv");
        Files.writeString(csv, "path,label,notes\n"
                + TestData.cxr(TB_HIT) + ",tb,\"upper zone, classic\"\n"
                + TestData.cxr(TB_MISS) + ",tb,\n"
                + TestData.cxr(NORMAL) + ",normal,\n"
                + TestData.cxr(COVID) + ",covid19,the false alarm\n"
                + "broken.png,normal,\n"
                + "missing.png,tb,\n");
        return csv;
    }

    @Test
    void eachFilmGetsPredictsProbabilityItsOutcomeAndLessonAndEachLabelItsTally(@TempDir Path dir)
            throws IOException {
        Path csv = teachingSet(dir);
        int exit = run("teaching-set", csv.toString());
        assertEquals(0, exit, err.toString());
        List<String> problems = err.toString().lines().toList();
        assertEquals(List.of(csv + ": line 7: no such file " + dir.resolve("missing.png")), problems,
                "one problem line, naming the CSV, the line and the file");
        String text = out.toString();
        assertTrue(text.lines().findFirst().orElseThrow().contains(String.format(java.util.Locale.ROOT,
                "5 film(s), 1 row(s) skipped (see stderr); model tb-cxr-v1 1.0.0, threshold %.4f (model)",
                modelThreshold)), text);

        int tbFlagged = 0;
        int tbMissed = 0;
        int notTbFlagged = 0;
        int films = 0;
        for (String line : text.lines().toList()) {
            Matcher m = FILM.matcher(line);
            if (!m.matches()) {
                continue;
            }
            films++;
            Path file = Path.of(m.group(1));
            double p = Double.parseDouble(m.group(3));
            assertEquals(predicted.get(file), p, 1e-6, "same probability as predict for " + file);
            boolean flagged = m.group(4).equals("FLAGGED");
            assertEquals(p >= modelThreshold, flagged, line);
            boolean tb = m.group(2).equals("tb");
            String expected = (flagged == tb ? "true " : "false ") + (flagged ? "positive" : "negative");
            assertEquals(expected, m.group(5), line);
            tbFlagged += tb && flagged ? 1 : 0;
            tbMissed += tb && !flagged ? 1 : 0;
            notTbFlagged += !tb && flagged ? 1 : 0;
            if (file.equals(TestData.cxr(COVID))) {
                assertEquals("false positive", m.group(5), "the model flags this COVID-19 film: " + line);
                assertEquals("The model flagged a COVID-19 film as TB-like: other opacities look alike to it.",
                        m.group(6));
            }
        }
        assertEquals(4, films, text);
        assertEquals(1, tbFlagged, "tb0003 is flagged, tb0004 is not: " + text);
        assertTrue(text.contains("broken.png  normal  not analysed: "), text);
        assertTrue(text.contains("The model could not analyse this film ("), text);

        assertTrue(text.contains("summary label tb: n 2, flagged " + tbFlagged + " of 2, false positives 0, false"
                + " negatives " + tbMissed + ", not analysed 0"), text);
        assertTrue(text.contains("summary label covid19: n 1, flagged 1 of 1, false positives 1, false negatives 0,"
                + " not analysed 0"), text);
        int normalFlagged = notTbFlagged - 1;
        assertTrue(text.contains("summary label normal: n 2, flagged " + normalFlagged + " of 2, false positives "
                + normalFlagged + ", false negatives 0, not analysed 1"), text);
        assertTrue(text.contains("summary all: n 5, flagged " + (tbFlagged + notTbFlagged) + " of 5, false"
                + " positives " + notTbFlagged + ", false negatives " + tbMissed + ", not analysed 1"), text);
        assertFalse((text + err).contains("Exception"), "no stack trace: " + text + err);
    }

    @Test
    void jsonHasTheSameNumbersAndSlidesAreWrittenWithASiteThreshold(@TempDir Path dir) throws IOException {
        Path csv = teachingSet(dir);
        Path slides = dir.resolve("slides");
        double site = 0.5;
        int exit = run("teaching-set", csv.toString(), "--json", "--threshold", String.valueOf(site),
                "--slides", slides.toString());
        assertEquals(0, exit, err.toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertEquals(6, lines.size(), "five films and a summary: " + out);
        int flagged = 0;
        int slideCount = 0;
        for (JsonNode film : lines.subList(0, 5)) {
            assertEquals("film", film.get("type").asText());
            assertEquals(site, film.get("threshold").asDouble());
            Path file = Path.of(film.get("file").asText());
            if (file.getFileName().toString().equals("broken.png")) {
                assertEquals("NOT_ANALYSED", film.get("outcome").asText());
                assertFalse(film.has("probability") || film.has("flagged") || film.has("slide"), film.toString());
                assertTrue(film.get("reason").asText().contains("not a readable"), film.toString());
                continue;
            }
            double p = film.get("probability").asDouble();
            assertEquals(predicted.get(file), p, 1e-6, "same probability as predict for " + file);
            assertEquals(p >= site, film.get("flagged").asBoolean(), film.toString());
            boolean tb = film.get("tb").asBoolean();
            boolean f = film.get("flagged").asBoolean();
            assertEquals((f == tb ? "TRUE_" : "FALSE_") + (f ? "POSITIVE" : "NEGATIVE"),
                    film.get("outcome").asText());
            flagged += f ? 1 : 0;
            BufferedImage slide = ImageIO.read(Path.of(film.get("slide").asText()).toFile());
            assertEquals(1600, slide.getWidth());
            assertEquals(900, slide.getHeight());
            slideCount++;
        }
        assertEquals(4, slideCount);
        try (var written = Files.list(slides)) {
            assertEquals(4, written.count(), "one slide per readable film, none for the unreadable one");
        }
        JsonNode summary = lines.get(5);
        assertEquals("summary", summary.get("type").asText());
        assertEquals("site", summary.get("thresholdSource").asText());
        assertEquals(site, summary.get("threshold").asDouble());
        assertEquals(1, summary.get("problems").size());
        assertTrue(summary.get("problems").get(0).asText().contains("missing.png"));
        JsonNode total = summary.get("total");
        assertEquals(5, total.get("films").asInt());
        assertEquals(4, total.get("analysed").asInt());
        assertEquals(1, total.get("notAnalysed").asInt());
        assertEquals(flagged, total.get("flagged").asInt());
        assertEquals(List.of("covid19", "normal", "tb"),
                summary.get("labels").findValuesAsText("label"));
    }

    @Test
    void aQuizRunChecksExactlyTheFilmsTheQuizDraws() throws IOException {
        TeachingSet manifest = new TeachingSetReader().read(TestData.cxr("MANIFEST.csv"));
        List<Path> expected = manifest.quiz(QuizSelection.balanced(4, 7)).stream().map(TeachingItem::image).toList();
        assertEquals(0, run("teaching-set", TestData.cxr("MANIFEST.csv").toString(), "--quiz", "4", "--seed", "7",
                "--json"), err.toString());
        List<Path> checked = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            JsonNode n = new ObjectMapper().readTree(line);
            if (n.get("type").asText().equals("film")) {
                checked.add(Path.of(n.get("file").asText()));
            }
        }
        assertEquals(expected, checked);

        List<Path> shuffled = manifest.quiz(QuizSelection.shuffled(4, 7)).stream().map(TeachingItem::image).toList();
        assertNotEquals(expected, shuffled, "the two draws differ, so the option is really tested");
        StringWriter sout = new StringWriter();
        assertEquals(0, run(sout, new StringWriter(), "teaching-set", TestData.cxr("MANIFEST.csv").toString(),
                "--quiz", "4", "--seed", "7", "--shuffled", "--json"));
        List<Path> checkedShuffled = new ArrayList<>();
        for (String line : sout.toString().lines().toList()) {
            JsonNode n = new ObjectMapper().readTree(line);
            if (n.get("type").asText().equals("film")) {
                checkedShuffled.add(Path.of(n.get("file").asText()));
            }
        }
        assertEquals(shuffled, checkedShuffled);
    }

    @Test
    void aCsvWithoutLabelsOrNoCsvAtAllIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("nolabel.csv");
        Files.writeString(csv, "path,diagnosis\n" + TestData.cxr(TB_HIT) + ",tb\n");
        assertNotEquals(0, run("teaching-set", csv.toString()));
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("error: " + csv + ": no 'label' column"), lines.get(0));
        assertEquals("", out.toString(), "no film lines for a set that could not be read");

        StringWriter merr = new StringWriter();
        Path missing = dir.resolve("nowhere.csv");
        assertNotEquals(0, run(new StringWriter(), merr, "teaching-set", missing.toString()));
        assertEquals(List.of("error: " + missing + ": no such teaching set file"), merr.toString().lines().toList());
    }
}
