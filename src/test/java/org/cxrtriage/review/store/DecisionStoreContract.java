package org.cxrtriage.review.store;

import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.Decision;
import org.cxrtriage.review.Flags;
import org.cxrtriage.review.RejectReason;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.review.SessionSummary;
import org.cxrtriage.review.StudyReview;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same store behaviour, run against every database we support. */
abstract class DecisionStoreContract {
    private static final String STUDY = "2.25.2002";
    private static final Instant T0 = Instant.parse("2026-12-03T11:00:00.123456Z");

    abstract TestDatabase database();

    private final AiResult first = Flags.result(STUDY, 1, 0.93);
    private final AiResult second = Flags.result(STUDY, 2, 0.08);

    @Test
    void decisionsSurviveReopeningAndDeriveTheSameState() {
        TestDatabase db = database();
        ReviewEvent accept = ReviewEvent.accept(first, "alice", T0);
        ReviewEvent reject = ReviewEvent.reject(second, RejectReason.OTHER, "pacemaker wire", "alice", T0.plusSeconds(1));
        ReviewEvent undo = ReviewEvent.undo(accept, "alice", T0.plusSeconds(2));
        ReviewEvent modify = ReviewEvent.modify(first, "right apex only", "bob", T0.plusSeconds(3));
        try (JdbcDecisionStore store = JdbcDecisionStore.open(db.jdbcUrl())) {
            store.register(first);
            store.register(second);
            store.register(first); // idempotent: shown twice is still one flag
            for (ReviewEvent event : List.of(accept, reject, undo, modify)) {
                store.record(event);
            }
        }
        try (JdbcDecisionStore store = JdbcDecisionStore.open(db.jdbcUrl())) {
            assertEquals(List.of(first, second), store.results(STUDY));
            assertEquals(List.of(accept, reject, undo, modify), store.events(STUDY));
            assertEquals(List.of(accept, reject, undo, modify), store.allEvents());
            StudyReview study = store.study(STUDY);
            assertEquals(List.of(Decision.MODIFIED, Decision.REJECTED),
                    study.flags().stream().map(f -> f.decision()).toList());
            assertEquals(RejectReason.OTHER, study.flags().get(1).deciding().rejectReason().orElseThrow());
            assertTrue(study.reviewed());
        }
    }

    @Test
    void aStudyWithAnUndecidedFlagIsNotReviewed() {
        try (JdbcDecisionStore store = JdbcDecisionStore.open(database().jdbcUrl())) {
            store.register(first);
            store.register(second);
            store.record(ReviewEvent.accept(first, "alice", T0));
            StudyReview study = store.study(STUDY);
            assertFalse(study.reviewed());
            assertEquals(1, study.summary().pending());
            assertEquals(1, study.summary().accepted());
            assertTrue(store.study("2.25.999").flags().isEmpty());
        }
    }

    @Test
    void aRefusedUndoWritesNothing() {
        try (JdbcDecisionStore store = JdbcDecisionStore.open(database().jdbcUrl())) {
            ReviewEvent accept = ReviewEvent.accept(first, "alice", T0);
            store.record(accept);
            store.record(ReviewEvent.undo(accept, "alice", T0.plusSeconds(1)));
            assertThrows(IllegalArgumentException.class,
                    () -> store.record(ReviewEvent.undo(accept, "bob", T0.plusSeconds(2))));
            ReviewEvent foreign = ReviewEvent.accept(second, "alice", T0);
            assertThrows(IllegalArgumentException.class,
                    () -> store.record(ReviewEvent.undo(foreign, "alice", T0.plusSeconds(3))));
            assertEquals(2, store.events(STUDY).size());
            assertEquals(List.of(first), store.results(STUDY));
        }
    }

    @Test
    void theDatabaseItselfRefusesToEditOrDeleteTheTrail() throws SQLException {
        TestDatabase db = database();
        try (JdbcDecisionStore store = JdbcDecisionStore.open(db.jdbcUrl())) {
            store.record(ReviewEvent.accept(first, "alice", T0));
        }
        try (Connection raw = db.connect(); Statement statement = raw.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE review_event SET kind = 'REJECT'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM review_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        try (JdbcDecisionStore store = JdbcDecisionStore.open(db.jdbcUrl())) {
            assertEquals(1, store.events(STUDY).size());
        }
    }

    @Test
    void theCheckConstraintsBackTheRecordRules() throws SQLException {
        TestDatabase db = database();
        try (JdbcDecisionStore store = JdbcDecisionStore.open(db.jdbcUrl())) {
            store.register(first);
        }
        try (Connection raw = db.connect(); Statement statement = raw.createStatement()) {
            // a REJECT without reason, written around our code, is refused by the schema
            assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO review_event (event_id, kind,"
                    + " reader, recorded_at, study_uid, series_uid, sop_uid, finding, model_id, model_version,"
                    + " model_sha256, probability, threshold, reason, note) VALUES ('x', 'REJECT', 'eve', 'now', 's',"
                    + " 's', 's', 'TB', 'm', '1', 'h', 0.5, 0.5, NULL, '')"));
        }
    }

    @Test
    void twoWorkstationsShareOneTrailAndCannotBothUndoTheSameDecision() {
        TestDatabase db = database();
        try (JdbcDecisionStore alice = JdbcDecisionStore.open(db.jdbcUrl());
             JdbcDecisionStore bob = JdbcDecisionStore.open(db.jdbcUrl())) {
            ReviewEvent accept = ReviewEvent.accept(first, "alice", T0);
            alice.record(accept);
            assertEquals(List.of(accept), bob.events(STUDY), "a decision is visible to the other reader at once");
            bob.record(ReviewEvent.undo(accept, "bob", T0.plusSeconds(1)));
            assertThrows(IllegalArgumentException.class,
                    () -> alice.record(ReviewEvent.undo(accept, "alice", T0.plusSeconds(2))));
            assertEquals(Decision.PENDING, alice.study(STUDY).flags().get(0).decision());
        }
    }

    @Test
    void theSessionSummaryCoversTheStudiesTouchedSinceItBegan() throws InterruptedException {
        try (JdbcDecisionStore store = JdbcDecisionStore.open(database().jdbcUrl())) {
            AiResult earlier = Flags.result("2.25.77", 1, 0.9);
            store.record(ReviewEvent.accept(earlier, "alice", Instant.now().minusSeconds(3600)));
            Thread.sleep(5); // timestamps have millisecond resolution
            Instant sessionStart = Instant.now();
            store.register(first);
            store.register(second);
            store.record(ReviewEvent.reject(first, RejectReason.ARTEFACT, "", "alice", sessionStart.plusSeconds(5)));

            assertEquals(List.of(STUDY), store.studiesTouchedSince(sessionStart));
            assertEquals(List.of("2.25.77", STUDY), store.studiesTouchedSince(sessionStart.minusSeconds(60)));
            assertEquals(List.of(), store.studiesTouchedSince(sessionStart.plusSeconds(3600)));
            SessionSummary summary = store.sessionSummary(sessionStart);
            assertEquals(new SessionSummary(0, 1, 0, 1), summary);
            assertEquals(0.0, summary.agreementRate().orElseThrow(), 1e-12);
            assertEquals(new SessionSummary(1, 1, 0, 1), store.sessionSummary(sessionStart.minusSeconds(60)));
        }
    }
}
