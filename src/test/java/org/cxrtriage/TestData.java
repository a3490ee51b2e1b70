package org.cxrtriage;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-only shared data set (../shared/data); tests read it in place and never copy it into the repo. */
public final class TestData {
    private TestData() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("cxr.shared.data", "../shared/data")).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(root), "shared data not found at " + root);
        return root;
    }

    public static Path dicom(String relative) {
        return existing(root().resolve("dicom").resolve(relative));
    }

    public static Path cxr(String relative) {
        return existing(root().resolve("cxr").resolve(relative));
    }

    private static Path existing(Path path) {
        assertTrue(Files.exists(path), "missing test data " + path);
        return path;
    }
}
