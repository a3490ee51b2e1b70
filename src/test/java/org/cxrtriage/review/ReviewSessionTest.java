package org.cxrtriage.review;

import org.cxrtriage.review.store.JdbcDecisionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewSessionTest {
    private static final String STUDY = "2.25.6006";

    @TempDir
    Path data;

    @Test
    void aSessionStampsTheReaderUndoesByCompensationAndSummarises() {
        ReviewPreferences preferences = ReviewPreferences.defaults(data, "dr.amara");
        AiResult first = Flags.result(STUDY, 1, 0.9);
        AiResult second = Flags.result(STUDY, 2, 0.7);
        try (JdbcDecisionStore store = JdbcDecisionStore.open(preferences.jdbcUrl())) {
            ReviewSession session = new ReviewSession(store, preferences, Clock.systemUTC());
            session.show(List.of(first, second));
            assertEquals(new SessionSummary(0, 0, 0, 2), session.summary());

            ReviewEvent accepted = session.accept(first);
            session.reject(first, RejectReason.POOR_IMAGE_QUALITY, "rotated");
            ReviewEvent undo = session.undo(first.key());
            assertEquals("dr.amara", undo.reader());
            assertEquals(Decision.ACCEPTED, session.study(STUDY).flags().get(0).decision(),
                    "undoing the rejection brings the acceptance back");
            assertEquals(accepted, session.study(STUDY).flags().get(0).deciding());

            assertThrows(IllegalStateException.class, () -> session.undo(second.key()));
            session.modify(second, "cavity, not consolidation");

            assertTrue(session.study(STUDY).reviewed());
            SessionSummary summary = session.summary();
            assertEquals(new SessionSummary(1, 0, 1, 0), summary);
            assertEquals(1.0, summary.agreementRate().orElseThrow(), 1e-12);
            assertEquals(4, store.events(STUDY).size(), "accept, reject, undo, modify: every step is kept");
        }
    }
}
