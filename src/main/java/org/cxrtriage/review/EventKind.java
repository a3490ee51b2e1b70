package org.cxrtriage.review;

/** What a review event does. UNDO compensates an earlier decision; nothing is ever deleted. */
public enum EventKind {
    ACCEPT, REJECT, MODIFY, UNDO;

    public boolean isDecision() {
        return this != UNDO;
    }
}
