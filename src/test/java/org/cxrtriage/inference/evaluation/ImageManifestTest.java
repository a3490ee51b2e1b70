package org.cxrtriage.inference.evaluation;

import org.cxrtriage.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageManifestTest {

    @Test
    void readsTheSharedManifestWithQuotedNotes() throws Exception {
        List<ManifestRow> rows = new ImageManifest().read(TestData.cxr("MANIFEST.csv"));
        assertEquals(1838, rows.size());
        assertTrue(rows.stream().allMatch(r -> Files.exists(r.path())), "every path resolves next to the CSV");
        assertEquals(36, rows.stream().filter(r -> r.split().equals("external_tb")).count());
        assertEquals(799, rows.stream().filter(r -> r.source().equals("tbx11k")).count());
    }

    @Test
    void minimalCsvNeedsOnlyPathAndLabel(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("set.csv");
        Files.writeString(csv, "label,path,extra\ntb,a.png,\"x, y\"\nnormal,/abs/b.png,z\n");
        List<ManifestRow> rows = new ImageManifest().read(csv);
        assertEquals(dir.resolve("a.png"), rows.get(0).path());
        assertEquals(Path.of("/abs/b.png"), rows.get(1).path());
        assertEquals("", rows.get(0).source());
        Files.writeString(csv, "file,label\na.png,tb\n");
        Exception e = assertThrows(java.io.IOException.class, () -> new ImageManifest().read(csv));
        assertTrue(e.getMessage().contains("path and label"), e.getMessage());
    }
}
