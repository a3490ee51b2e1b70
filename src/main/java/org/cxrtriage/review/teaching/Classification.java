package org.cxrtriage.review.teaching;

/** Where a call lands against the truth, "positive" meaning TB-like; the model can also have no call at all. */
public enum Classification {
    TRUE_POSITIVE("true positive"),
    FALSE_POSITIVE("false positive"),
    TRUE_NEGATIVE("true negative"),
    FALSE_NEGATIVE("false negative"),
    NOT_ANALYSED("not analysed");

    private final String words;

    Classification(String words) {
        this.words = words;
    }

    static Classification of(boolean flagged, boolean tb) {
        if (flagged) {
            return tb ? TRUE_POSITIVE : FALSE_POSITIVE;
        }
        return tb ? FALSE_NEGATIVE : TRUE_NEGATIVE;
    }

    /** The model's outcome on a film: its flag against the truth, or {@link #NOT_ANALYSED} when it had no result. */
    static Classification ofModel(ModelResult model, boolean tb) {
        return model instanceof ModelResult.Analysed a ? of(a.flagged(), tb) : NOT_ANALYSED;
    }

    public boolean correct() {
        return this == TRUE_POSITIVE || this == TRUE_NEGATIVE;
    }

    /** Plain words for screens and slides: "false positive". */
    public String words() {
        return words;
    }
}
