package org.cxrtriage.review;

/**
 * The model output a reader reviews. {@link #flagged()} is derived from probability and threshold rather
 * than stored, so the two can never disagree.
 */
public record AiResult(FlagKey key, double probability, double threshold) {
    public AiResult {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
    }

    public boolean flagged() {
        return probability >= threshold;
    }
}
