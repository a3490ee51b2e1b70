package org.cxrtriage.ui;

/** Triage state of an image or study against the site threshold. */
public enum FlagState {
    PENDING("analysis pending"),
    FLAGGED("FLAGGED for TB review"),
    NOT_FLAGGED("not flagged"),
    NOT_ANALYSED("not analysed");

    private final String label;

    FlagState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
