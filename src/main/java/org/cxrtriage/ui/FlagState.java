package org.cxrtriage.ui;

/**
 * Triage state of an image or study against the site threshold. Its words are in the resource bundle
 * ({@code flag.*}): the state itself is what tests and filters compare, never its text.
 */
public enum FlagState {
    PENDING("flag.pending", "flag.pending.short"),
    FLAGGED("flag.flagged", "flag.flagged.short"),
    NOT_FLAGGED("flag.notFlagged", "flag.notFlagged.short"),
    NOT_ANALYSED("flag.notAnalysed", "flag.notAnalysed.short");

    private final String key;
    private final String shortKey;

    FlagState(String key, String shortKey) {
        this.key = key;
        this.shortKey = shortKey;
    }

    /** For narrow places such as the worklist column. */
    public String shortLabel(Messages messages) {
        return messages.text(shortKey);
    }

    /** For the result panel. */
    public String label(Messages messages) {
        return messages.text(key);
    }
}
