package org.cxrtriage.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One append-only entry of the audit trail. The current state of a flag is derived from these
 * ({@link ReviewLedger}); an undo is a new event pointing at the one it compensates.
 *
 * @param eventId  random UUID, so events from several workstations never collide
 * @param reason   the coded reason, only for REJECT (null otherwise)
 * @param note     free text: required for MODIFY and for REJECT with reason OTHER; "" when absent
 * @param reader   who decided (from preferences, defaulting to the OS user)
 * @param at       when, truncated to milliseconds so a stored and re-read event compares equal
 * @param undoes   eventId of the compensated decision, only for UNDO ("" otherwise)
 */
public record ReviewEvent(String eventId, EventKind kind, AiResult result, RejectReason reason, String note,
                          String reader, Instant at, String undoes) {

    public ReviewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note.strip();
        undoes = undoes == null ? "" : undoes;
        at = at.truncatedTo(ChronoUnit.MILLIS);
        if (reader == null || reader.isBlank()) {
            throw new IllegalArgumentException("a review event needs a named reader");
        }
        if ((kind == EventKind.REJECT) != (reason != null)) {
            throw new IllegalArgumentException("a reason code is required for REJECT and only for REJECT");
        }
        if (kind == EventKind.REJECT && reason == RejectReason.OTHER && note.isEmpty()) {
            throw new IllegalArgumentException("rejecting with reason 'Other' needs a free-text explanation");
        }
        if (kind == EventKind.MODIFY && note.isEmpty()) {
            throw new IllegalArgumentException("MODIFY needs a note saying what was modified");
        }
        if ((kind == EventKind.UNDO) == undoes.isEmpty()) {
            throw new IllegalArgumentException("UNDO must name the event it compensates, and only UNDO may");
        }
    }

    public static ReviewEvent accept(AiResult result, String reader, Instant at) {
        return new ReviewEvent(newId(), EventKind.ACCEPT, result, null, "", reader, at, "");
    }

    public static ReviewEvent reject(AiResult result, RejectReason reason, String text, String reader, Instant at) {
        return new ReviewEvent(newId(), EventKind.REJECT, result, Objects.requireNonNull(reason, "reason"), text,
                reader, at, "");
    }

    public static ReviewEvent modify(AiResult result, String note, String reader, Instant at) {
        return new ReviewEvent(newId(), EventKind.MODIFY, result, null, note, reader, at, "");
    }

    /** Compensates {@code target}; the target stays in the trail. */
    public static ReviewEvent undo(ReviewEvent target, String reader, Instant at) {
        return new ReviewEvent(newId(), EventKind.UNDO, target.result(), null, "", reader, at, target.eventId());
    }

    public Optional<RejectReason> rejectReason() {
        return Optional.ofNullable(reason);
    }

    public FlagKey flag() {
        return result.key();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
