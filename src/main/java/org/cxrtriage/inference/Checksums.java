package org.cxrtriage.inference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code SHA256SUMS} in the format of GNU sha256sum ("HEX  relative/path"), so the model folder can also be
 * checked by hand with {@code sha256sum -c SHA256SUMS}.
 */
public final class Checksums {
    public static final String FILE_NAME = "SHA256SUMS";

    private Checksums() {
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** Writes SHA256SUMS covering every file under {@code folder} except SHA256SUMS itself. */
    public static void write(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files(folder)) {
            lines.add(sha256(file) + "  " + folder.relativize(file).toString().replace('\\', '/'));
        }
        Files.write(folder.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
    }

    /** The listed files and their expected hashes, in file order. */
    public static Map<String, String> read(Path sums) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space != 64) {
                throw new IOException(sums + ": malformed line '" + line + "'");
            }
            expected.put(line.substring(space).trim().replaceFirst("^\\*", "").replaceFirst("^\\./", ""),
                    line.substring(0, 64));
        }
        return expected;
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(FILE_NAME))
                    .sorted()
                    .toList();
        }
    }
}
