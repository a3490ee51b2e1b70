package org.cxrtriage.inference;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the committed model lives for tests (the worktree's models/ folder). */
final class ShippedModel {
    private ShippedModel() {
    }

    static Path modelsFolder() {
        Path folder = Path.of("models").toAbsolutePath();
        assertTrue(Files.isDirectory(folder.resolve(ModelLoader.DEFAULT_MODEL)), "no shipped model in " + folder);
        return folder;
    }
}
