package org.cxrtriage.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewLedgerTest {
    private static final String STUDY = "2.25.1001";
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private final AiResult first = Flags.result(STUDY, 1, 0.91);
    private final AiResult second = Flags.result(STUDY, 2, 0.12);

    @Test
    void flagsWithoutEventsArePendingAndTheStudyIsNotReviewed() {
        StudyReview study = ReviewLedger.study(STUDY, List.of(first, second), List.of());
        assertEquals(List.of(Decision.PENDING, Decision.PENDING), decisions(study));
        assertFalse(study.reviewed());
        assertEquals(new SessionSummary(0, 0, 0, 2), study.summary());
        assertTrue(study.summary().agreementRate().isEmpty());
    }

    @Test
    void theLatestDecisionWinsAndEveryFlagDecidedMeansReviewed() {
        ReviewEvent accept = ReviewEvent.accept(first, "alice", T0);
        ReviewEvent reject = ReviewEvent.reject(second, RejectReason.ARTEFACT, "ECG lead", "alice", T0.plusSeconds(1));
        ReviewEvent modify = ReviewEvent.modify(first, "apical only", "alice", T0.plusSeconds(2));

        StudyReview study = ReviewLedger.study(STUDY, List.of(first, second), List.of(accept, reject, modify));

        assertEquals(List.of(Decision.MODIFIED, Decision.REJECTED), decisions(study));
        assertEquals(modify, study.flags().get(0).deciding());
        assertTrue(study.reviewed());
        assertEquals(new SessionSummary(0, 1, 1, 0), study.summary());
        assertEquals(0.5, study.summary().agreementRate().orElseThrow(), 1e-12);
    }

    @Test
    void undoRestoresThePreviousDecisionAndUndoingTheOnlyOneMakesItPendingAgain() {
        ReviewEvent accept = ReviewEvent.accept(first, "alice", T0);
        ReviewEvent reject = ReviewEvent.reject(first, RejectReason.POOR_IMAGE_QUALITY, "", "alice", T0.plusSeconds(1));
        ReviewEvent undoReject = ReviewEvent.undo(reject, "alice", T0.plusSeconds(2));

        assertEquals(Decision.ACCEPTED,
                ReviewLedger.derive(List.of(first), List.of(accept, reject, undoReject)).get(0).decision());

        ReviewEvent undoAccept = ReviewEvent.undo(accept, "alice", T0.plusSeconds(3));
        FlagState state = ReviewLedger.derive(List.of(first), List.of(accept, reject, undoReject, undoAccept)).get(0);
        assertEquals(Decision.PENDING, state.decision());
        assertTrue(state.decidingEvent().isEmpty());
    }

    @Test
    void anotherModelVersionIsAnotherFlag() {
        AiResult rerun = Flags.result(STUDY, 1, 0.40, Flags.NEXT_MODEL);
        ReviewEvent accept = ReviewEvent.accept(first, "alice", T0);

        List<FlagState> states = ReviewLedger.derive(List.of(first, rerun), List.of(accept));

        assertEquals(Decision.ACCEPTED, states.get(0).decision());
        assertEquals(Decision.PENDING, states.get(1).decision());
    }

    @Test
    void agreementCountsAcceptedAndModifiedAgainstRejected() {
        AiResult third = Flags.result(STUDY, 3, 0.7);
        AiResult fourth = Flags.result(STUDY, 4, 0.8);
        List<ReviewEvent> events = List.of(
                ReviewEvent.accept(first, "bob", T0),
                ReviewEvent.accept(second, "bob", T0),
                ReviewEvent.reject(third, RejectReason.FINDING_NOT_TB_LIKE, "", "bob", T0));

        SessionSummary summary = SessionSummary.of(ReviewLedger.derive(List.of(first, second, third, fourth), events));

        assertEquals(new SessionSummary(2, 1, 0, 1), summary);
        assertEquals(2 / 3.0, summary.agreementRate().orElseThrow(), 1e-12);
    }

    @Test
    void inconsistentUndosAreRefused() {
        ReviewEvent accept = ReviewEvent.accept(first, "alice", T0);
        ReviewEvent undo = ReviewEvent.undo(accept, "alice", T0.plusSeconds(1));

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ReviewLedger.checkAppendable(List.of(), undo));
        assertTrue(missing.getMessage().contains(accept.eventId()), missing.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> ReviewLedger.checkAppendable(List.of(accept, undo), ReviewEvent.undo(accept, "alice", T0)));
        assertThrows(IllegalArgumentException.class,
                () -> ReviewLedger.checkAppendable(List.of(accept, undo), ReviewEvent.undo(undo, "alice", T0)));
        assertThrows(IllegalArgumentException.class, () -> ReviewLedger.checkAppendable(List.of(accept), accept));
    }

    @Test
    void eventsThatBreakTheRulesCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class,
                () -> ReviewEvent.reject(first, RejectReason.OTHER, "  ", "alice", T0), "OTHER needs text");
        assertThrows(IllegalArgumentException.class, () -> ReviewEvent.modify(first, "", "alice", T0));
        assertThrows(IllegalArgumentException.class, () -> ReviewEvent.accept(first, " ", T0));
        assertThrows(NullPointerException.class, () -> ReviewEvent.reject(first, null, "x", "alice", T0));
        assertThrows(IllegalArgumentException.class, () -> new AiResult(first.key(), 1.2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ModelIdentity("m", "1", "not-a-hash"));
    }

    private static List<Decision> decisions(StudyReview study) {
        return study.flags().stream().map(FlagState::decision).toList();
    }
}
