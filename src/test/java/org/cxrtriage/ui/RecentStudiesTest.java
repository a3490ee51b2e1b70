package org.cxrtriage.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentStudiesTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutDuplicatesBoundedAndPersisted() {
        Path file = dir.resolve("state/recent.txt");
        RecentStudies recent = new RecentStudies(file, 3);
        recent.add(dir.resolve("a"));
        recent.add(dir.resolve("b"));
        recent.add(dir.resolve("a"));
        recent.add(dir.resolve("c"));
        recent.add(dir.resolve("d"));
        assertEquals(List.of(dir.resolve("d"), dir.resolve("c"), dir.resolve("a")), recent.entries());
        assertEquals(recent.entries(), new RecentStudies(file, 3).entries(), "read back from the file");
    }

    @Test
    void aMissingOrUnreadableFileMeansAnEmptyList() throws Exception {
        assertEquals(List.of(), new RecentStudies(dir.resolve("none.txt"), 5).entries());
        Path folder = Files.createDirectories(dir.resolve("is-a-folder"));
        assertEquals(List.of(), new RecentStudies(folder, 5).entries());
    }
}
