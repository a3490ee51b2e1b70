package org.cxrtriage.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The small preference files of the workstation (site settings, user preferences): read whole, written whole
 * through a temporary file and an atomic rename, so a crash while saving never leaves a half-written file that
 * loses the choices it held.
 */
final class PropertiesFile {
    private final Path file;

    PropertiesFile(Path file) {
        this.file = file;
    }

    /** The file's entries; empty when there is no file yet. A file that cannot be parsed is an IOException. */
    Properties read() throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            } catch (IllegalArgumentException e) {
                throw new IOException("malformed escape in " + file.getFileName() + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    void write(Properties p, String comment) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp)) {
                p.store(out, comment);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    Path path() {
        return file;
    }
}
