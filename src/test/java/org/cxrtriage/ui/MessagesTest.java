package org.cxrtriage.ui;

import org.cxrtriage.review.RejectReason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The resource bundle against the sources that use it, read as files (no FX): every key the code names is in
 * messages.properties, every key there is used, the apostrophe rule of MessageFormat holds, and a language without
 * its own file gets English.
 * <p>
 * How the code names keys: as string literals (in {@code messages.text("…")}, in a ternary or switch inside it, as
 * an enum's constructor argument, as the argument of a helper such as {@code item("menu.fit", …)}), or as a prefix
 * literal followed by {@code +} ({@code "mode." + mode.id()}). So the scan takes every literal of the shape
 * {@code group.name} whose group is one of the bundle's, in every main source file that uses {@link Messages}, and
 * expands each prefix with {@link #PREFIXES}; a new prefix fails the test until it is listed there.
 */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/org/cxrtriage/ui/messages.properties");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z]+\\.[A-Za-z0-9.-]*)\"(\\s*\\+)?");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    /** A ' that is not half of ''. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** Every prefix the code builds keys from, with the suffixes it appends. */
    private static final Map<String, Set<String>> PREFIXES = Map.of(
            "mode.", Arrays.stream(Mode.values()).map(Mode::id).collect(Collectors.toSet()),
            "reason.", Arrays.stream(RejectReason.values()).map(RejectReason::code).collect(Collectors.toSet()));

    @Test
    void everyKeyTheCodeNamesIsInTheFileAndEveryKeyInTheFileIsUsed() throws IOException {
        Map<String, String> bundle = bundle();
        Set<String> groups = bundle.keySet().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        List<Path> files = sourcesUsingMessages();
        assertTrue(files.size() > 20, "the scan finds the views and view models: " + files);
        for (Path file : files) {
            Matcher m = LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                String literal = m.group(1);
                if (!groups.contains(literal.substring(0, literal.indexOf('.')))) {
                    continue; // a file name such as "workstation.css", not a key
                }
                if (m.group(2) != null) {
                    Set<String> suffixes = PREFIXES.get(literal);
                    if (suffixes == null) {
                        problems.add(file.getFileName() + ": key prefix \"" + literal + "\" + … is not listed in "
                                + "MessagesTest.PREFIXES");
                        continue;
                    }
                    suffixes.forEach(s -> used.add(literal + s));
                } else if (bundle.containsKey(literal)) {
                    used.add(literal);
                } else {
                    problems.add(file.getFileName() + ": \"" + literal + "\" is not in messages.properties");
                }
            }
        }
        for (Map.Entry<String, Set<String>> prefix : PREFIXES.entrySet()) {
            prefix.getValue().stream().map(s -> prefix.getKey() + s).filter(k -> !bundle.containsKey(k))
                    .forEach(k -> problems.add(k + " (built from its prefix) is not in messages.properties"));
        }
        Set<String> dead = new TreeSet<>(bundle.keySet());
        dead.removeAll(used);
        dead.forEach(k -> problems.add(k + " is in messages.properties but no source names it"));
        assertEquals(List.of(), problems);
        assertTrue(used.contains("flag.flagged.short") && used.contains("mode.point-of-care")
                && used.contains("reason.NOT_TB_LIKE") && used.contains("menu.fit"), "the scan sees enum arguments, "
                + "prefix-built keys and helper arguments: " + used.size() + " keys");
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertEquals(List.of(), twice, "a second value silently replaces the first");
    }

    @Test
    void apostrophesFollowTheMessageFormatRuleAndEveryPatternParses() throws IOException {
        List<String> problems = new ArrayList<>();
        int patterns = 0;
        for (Map.Entry<String, String> e : bundle().entrySet()) {
            String value = e.getValue();
            if (ARGUMENT.matcher(value).find()) {
                patterns++;
                if (LONE_APOSTROPHE.matcher(value).find()) {
                    problems.add(e.getKey() + " has arguments, so a lone ' would vanish: write ''");
                }
                try {
                    new MessageFormat(value, Locale.ENGLISH);
                } catch (IllegalArgumentException bad) {
                    problems.add(e.getKey() + " does not parse: " + bad.getMessage());
                }
            } else if (value.contains("''")) {
                problems.add(e.getKey() + " has no arguments, so '' would show twice: write '");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(patterns > 50, "patterns checked: " + patterns);
    }

    @Test
    void patternsFormatAsTheEnglishScreensSayIt() {
        Messages en = Messages.english();
        assertEquals("Teacher's notes: look at the apex", en.format("quiz.notes", "look at the apex"));
        assertEquals("No model result to review: the model's fingerprint is not known.",
                en.text("review.unavailable.noFingerprint"));
        assertEquals("1 file could not be opened", en.format("notice.filesFailed", 1));
        assertEquals("3 files could not be opened", en.format("notice.filesFailed", 3));
        assertEquals("s1: 1 image in 1 study", en.format("status.opened", "s1", 1, 1, 0));
        assertEquals("s1: 5 images in 2 studies, 1 failed", en.format("status.openedWithFailures", "s1", 5, 2, 1));
        assertEquals("Zoom 137 %", en.format("overlay.zoom", 136.6));
        assertEquals("2500 × 2048", en.format("overlay.size", 2500, 2048), "pixel sizes without a separator");
        assertEquals("below 0.35 not painted", en.format("result.overlay.low", 0.35));
        assertEquals("67%", en.format("review.agreement", 2 / 3.0));
        assertEquals("Rejected (Other): smudge by Dr A", en.format("review.decision.reasonNote",
                en.text("review.state.rejected"), en.text("reason.OTHER"), "smudge", "Dr A"));
    }

    @Test
    void aLanguageWithoutItsOwnFileGetsEnglish() {
        Messages french = new Messages(Locale.FRENCH);
        Messages english = Messages.english();
        assertEquals(Locale.FRENCH, french.locale());
        for (String key : List.of("app.title", "review.accept", "flag.flagged", "overlay.phiHidden")) {
            assertEquals(english.text(key), french.text(key), key);
        }
        assertEquals("Unsaved: Accept", french.format("review.unsaved", french.text("review.action.accept")));
        assertNotEquals("", french.text("status.ready"));
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKey() {
        MissingResourceException e = assertThrows(MissingResourceException.class,
                () -> Messages.english().text("review.noSuchKey"));
        assertEquals("review.noSuchKey", e.getKey());
        assertTrue(e.getMessage().contains("review.noSuchKey"), e.getMessage());
        assertThrows(MissingResourceException.class, () -> Messages.english().format("no.such.pattern", 1));
    }

    /** The file as {@link java.util.ResourceBundle} reads it (UTF-8). */
    private static Map<String, String> bundle() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, p.getProperty(k)));
        assertFalse(values.isEmpty(), BUNDLE + " is empty");
        return values;
    }

    /** The main sources that use {@link Messages}: where keys are named. */
    private static List<Path> sourcesUsingMessages() throws IOException {
        try (Stream<Path> all = Files.walk(SOURCES)) {
            return all.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("Messages");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }
}
