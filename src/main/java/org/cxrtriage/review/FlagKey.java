package org.cxrtriage.review;

import java.util.Objects;

/**
 * Identifies one AI flag: one finding on one image as judged by one model. A re-run with another model
 * version is a different flag, because a reader's decision about one model's output says nothing about
 * another's.
 *
 * @param finding short finding code of the model output, e.g. {@code TB}
 */
public record FlagKey(String studyUid, String seriesUid, String sopUid, String finding, ModelIdentity model) {
    public FlagKey {
        requireText(studyUid, "studyUid");
        requireText(seriesUid, "seriesUid");
        requireText(sopUid, "sopUid");
        requireText(finding, "finding");
        Objects.requireNonNull(model, "model");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
