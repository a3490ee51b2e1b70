package org.cxrtriage.review;

import org.cxrtriage.dicom.UidGenerator;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the review side needs from the user's preferences, passed in by the caller (no global state).
 *
 * @param jdbcUrl {@code jdbc:sqlite:...} (default, single workstation) or {@code jdbc:postgresql://...}
 *                (several readers sharing one trail); credentials may ride in the URL's parameters
 * @param reader  the reader's identity recorded with every decision
 * @param uidRoot root for the UIDs of exported objects: a site's registered root, or the default
 *                UUID-derived {@value UidGenerator#UUID_ROOT}
 */
public record ReviewPreferences(String jdbcUrl, String reader, String uidRoot) {
    public ReviewPreferences {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("review store JDBC URL must not be blank");
        }
        if (reader == null || reader.isBlank()) {
            throw new IllegalArgumentException("reader identity must not be blank");
        }
        uidRoot = uidRoot == null || uidRoot.isBlank() ? UidGenerator.UUID_ROOT : uidRoot;
        new UidGenerator(uidRoot); // refuse a malformed root now, not at the first export
    }

    /** The embedded default: an SQLite file in the user's data directory, the OS user as reader. */
    public static ReviewPreferences defaults(Path userDataDirectory, String osUser) {
        return new ReviewPreferences("jdbc:sqlite:" + userDataDirectory.resolve("reviews.db").toAbsolutePath(), osUser,
                UidGenerator.UUID_ROOT);
    }

    /** XDG convention: {@code $XDG_DATA_HOME/cxr-triage}, else {@code ~/.local/share/cxr-triage}. */
    public static Path userDataDirectory(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("cxr-triage");
    }

    public UidGenerator uidGenerator() {
        return new UidGenerator(uidRoot);
    }
}
