package org.cxrtriage.review;

import java.time.Instant;
import java.util.List;

/**
 * The durable audit trail of AI results and review decisions. Every write returns only after its
 * transaction committed, so a decision the UI has confirmed survives a crash.
 */
public interface DecisionStore extends AutoCloseable {

    /** Records that a result was shown for review (idempotent); it is pending until decided. */
    void register(AiResult result);

    /**
     * Appends a decision or undo (registering its result too) and returns once committed.
     *
     * @throws IllegalArgumentException if the event would make the trail inconsistent (see
     *                                  {@link ReviewLedger#checkAppendable})
     * @throws ReviewStoreException     if the database refused or failed
     */
    void record(ReviewEvent event);

    /** Results of a study in registration order. */
    List<AiResult> results(String studyUid);

    /** Events of a study in the order they were recorded. */
    List<ReviewEvent> events(String studyUid);

    /** Every event, in recorded order (audit export). */
    List<ReviewEvent> allEvents();

    /**
     * Studies with a result registered or an event recorded at or after {@code since}, first touched first:
     * what a session that began at {@code since} worked on.
     */
    List<String> studiesTouchedSince(Instant since);

    default StudyReview study(String studyUid) {
        return ReviewLedger.study(studyUid, results(studyUid), events(studyUid));
    }

    /** Accepted/rejected/modified/pending and agreement over the studies of a session begun at {@code since}. */
    default SessionSummary sessionSummary(Instant since) {
        return SessionSummary.ofStudies(studiesTouchedSince(since).stream().map(this::study).toList());
    }

    @Override
    void close();
}
