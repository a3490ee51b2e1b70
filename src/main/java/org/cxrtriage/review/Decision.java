package org.cxrtriage.review;

/** The derived current decision on one flag. */
public enum Decision {
    PENDING, ACCEPTED, REJECTED, MODIFIED;

    static Decision of(EventKind kind) {
        return switch (kind) {
            case ACCEPT -> ACCEPTED;
            case REJECT -> REJECTED;
            case MODIFY -> MODIFIED;
            case UNDO -> throw new IllegalArgumentException("UNDO is not a decision");
        };
    }
}
