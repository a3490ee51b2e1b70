package org.cxrtriage.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One reader's working session: what the UI and CLI call. It stamps every decision with the reader from
 * preferences and the time, and knows when the session began for the summary.
 */
public final class ReviewSession {
    private final DecisionStore store;
    private final String reader;
    private final Clock clock;
    private final Instant started;

    public ReviewSession(DecisionStore store, ReviewPreferences preferences, Clock clock) {
        this.store = store;
        this.reader = preferences.reader();
        this.clock = clock;
        this.started = clock.instant();
    }

    public String reader() {
        return reader;
    }

    public Instant started() {
        return started;
    }

    /** Results shown to the reader become pending flags. */
    public void show(List<AiResult> results) {
        results.forEach(store::register);
    }

    public ReviewEvent accept(AiResult result) {
        return save(ReviewEvent.accept(result, reader, clock.instant()));
    }

    public ReviewEvent reject(AiResult result, RejectReason reason, String freeText) {
        return save(ReviewEvent.reject(result, reason, freeText, reader, clock.instant()));
    }

    public ReviewEvent modify(AiResult result, String note) {
        return save(ReviewEvent.modify(result, note, reader, clock.instant()));
    }

    /**
     * Compensates the decision currently in force on this flag (the previous one, if any, applies again).
     *
     * @throws IllegalStateException if the flag has no decision to undo
     */
    public ReviewEvent undo(FlagKey flag) {
        FlagState state = store.study(flag.studyUid()).flags().stream()
                .filter(candidate -> candidate.result().key().equals(flag))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no such flag in study " + flag.studyUid()));
        ReviewEvent current = state.decidingEvent()
                .orElseThrow(() -> new IllegalStateException("the flag has no decision to undo"));
        return save(ReviewEvent.undo(current, reader, clock.instant()));
    }

    /** The study's trail in recorded order (history, audits). */
    public List<ReviewEvent> events(String studyUid) {
        return store.events(studyUid);
    }

    public StudyReview study(String studyUid) {
        return store.study(studyUid);
    }

    /** Counts and agreement over the studies touched since this session began. */
    public SessionSummary summary() {
        return store.sessionSummary(started);
    }

    private ReviewEvent save(ReviewEvent event) {
        store.record(event);
        return event;
    }
}
