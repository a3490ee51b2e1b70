package org.cxrtriage.ui;

/** Triage state of an image or study against the site threshold. */
public enum FlagState {
    PENDING("analysis pending", "pending"),
    FLAGGED("FLAGGED for TB review", "FLAGGED"),
    NOT_FLAGGED("not flagged", "not flagged"),
    NOT_ANALYSED("not analysed", "not analysed");

    private final String label;
    private final String shortLabel;

    FlagState(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** For narrow places such as the worklist column. */
    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
