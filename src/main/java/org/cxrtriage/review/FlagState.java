package org.cxrtriage.review;

import java.util.Optional;

/**
 * The derived state of one flag.
 *
 * @param deciding the event that gave the current decision; null while pending
 */
public record FlagState(AiResult result, Decision decision, ReviewEvent deciding) {
    public FlagState {
        if ((decision == Decision.PENDING) != (deciding == null)) {
            throw new IllegalArgumentException("a decided flag needs its deciding event, a pending one has none");
        }
    }

    public Optional<ReviewEvent> decidingEvent() {
        return Optional.ofNullable(deciding);
    }

    public boolean decided() {
        return decision != Decision.PENDING;
    }
}
