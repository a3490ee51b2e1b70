package org.cxrtriage.review;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which model produced a result: a decision is only meaningful against the exact weights it was made on,
 * so the SHA-256 of the model file travels with every result and every event.
 */
public record ModelIdentity(String id, String version, String sha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ModelIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        if (id.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("model id and version must not be blank");
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("model sha256 must be 64 lower-case hex digits, got '" + sha256 + "'");
        }
    }
}
