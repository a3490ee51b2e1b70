package org.cxrtriage.review.teaching;

import org.cxrtriage.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Teaching sets from the shared MANIFEST and from hand-written CSVs with every kind of flaw a teacher makes. */
class TeachingSetReaderTest {
    private final TeachingSetReader reader = new TeachingSetReader();

    @Test
    void theSharedManifestIsATeachingSetAsItStands() throws IOException {
        TeachingSet set = reader.read(TestData.cxr("MANIFEST.csv"));

        assertEquals(List.of(), set.problems());
        assertEquals(1838, set.items().size());
        assertTrue(set.items().size() > 1000);
        assertEquals(TestData.cxr("MANIFEST.csv").getParent(), set.folder());
        assertEquals(1017, set.items().stream().filter(TeachingItem::tb).count(), "tb rows are the TB truth");
        assertTrue(set.items().stream().allMatch(i -> i.tb() == i.label().equals("tb")));
        assertEquals(799, set.items().stream().filter(i -> i.source().equals("tbx11k")).count());
        assertEquals(540, set.items().stream().filter(i -> i.split().equals("external")).count());
        TeachingItem first = set.items().get(0);
        assertEquals(TestData.cxr("actualmed/CR.1.2.840.113564.1722810170.20200319202613984410.1003000225002.png"),
                first.image());
        assertEquals("normal", first.label());
        assertFalse(first.tb());
        assertEquals("actualmed", first.source());
        assertEquals("finding=No finding; Negative (covid-19 viral infection is excluded), date taken (YYYYMMDD):"
                + " 20200319", first.notes(), "quoted notes keep their commas");
        assertEquals(2, first.line());
        assertEquals(List.of("covid19", "normal", "other", "pneumonia_other", "tb"),
                set.labels().stream().sorted().toList());
    }

    @Test
    void badRowsAreProblemsAndTheRestIsKept(@TempDir Path dir) throws IOException {
        Path tb = firstPng("tb");
        Files.copy(firstPng("normal"), dir.resolve("normal.png"));
        String csv = "\uFEFFLabel,Notes,PATH,extra\n"
                + "Tuberculosis,\"Upper lobe, \"\"classic\"\" cavity\",%s,x\n".formatted(tb)
                + "normal,\"two\nlines\",normal.png,y\n"
                + "covid19,gone,missing.png,z\n"
                + ",no label here,normal.png,z\n"
                + "tb,,,z\n"
                + "\n";
        Path file = dir.resolve("lesson.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        TeachingSet set = reader.read(file);

        assertEquals(2, set.items().size());
        TeachingItem first = set.items().get(0);
        assertEquals(tb, first.image(), "absolute paths are taken as they are");
        assertEquals("Tuberculosis", first.label(), "label as written");
        assertTrue(first.tb(), "tuberculosis in any case is TB");
        assertEquals("Upper lobe, \"classic\" cavity", first.notes());
        assertEquals("", first.source(), "no source column");
        TeachingItem second = set.items().get(1);
        assertEquals(dir.resolve("normal.png"), second.image(), "relative to the CSV's folder");
        assertFalse(second.tb());
        assertEquals("two\nlines", second.notes());
        assertEquals(3, second.line());
        assertEquals(List.of(
                "line 5: no such file " + dir.resolve("missing.png"),
                "line 6: no label for normal.png",
                "line 7: no path"), set.problems(), "physical line numbers, after the two-line note");
    }

    @Test
    void aMissingColumnOrFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nolabel.csv");
        Files.writeString(file, "path,notes\na.png,x\n");
        IOException e = assertThrows(IOException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("'label'"), e.getMessage());

        Path absent = dir.resolve("absent.csv");
        e = assertThrows(IOException.class, () -> reader.read(absent));
        assertTrue(e.getMessage().startsWith(absent.toString()), e.getMessage());

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "path,label,notes\na.png,tb,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        e = assertThrows(IOException.class, () -> reader.read(latin1));
        assertTrue(e.getMessage().contains(latin1.toString()) && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    private static Path firstPng(String label) throws IOException {
        return new TeachingSetReader().read(TestData.cxr("MANIFEST.csv")).items().stream()
                .filter(i -> i.label().equals(label)).findFirst().orElseThrow().image();
    }
}
