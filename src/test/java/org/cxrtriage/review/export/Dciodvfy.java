package org.cxrtriage.review.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs dicom3tools' {@code dciodvfy} (Debian {@code dicom3tools}, installed by scripts/setup.sh). */
final class Dciodvfy {
    private static final Path BINARY = Path.of("/usr/bin/dciodvfy");

    private Dciodvfy() {
    }

    /** All output lines (dciodvfy writes its findings to stderr). */
    static List<String> check(Path file) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(BINARY), "dciodvfy not found at " + BINARY + ": apt-get install dicom3tools");
        Process process = new ProcessBuilder(BINARY.toString(), file.toString()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "dciodvfy hung on " + file);
        return new String(output, StandardCharsets.UTF_8).lines().toList();
    }

    static List<String> errors(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("Error")).toList();
    }

    static List<String> warnings(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("Warning")).toList();
    }
}
