package org.cxrtriage;

import org.cxrtriage.review.ReviewPreferences;
import org.cxrtriage.review.ReviewSession;
import org.cxrtriage.review.store.JdbcDecisionStore;

import java.nio.file.Path;
import java.time.Clock;

/** A real SQLite review store in a test's folder, and a session on it for the workstation under test. */
public record TestReview(JdbcDecisionStore store, ReviewSession session) implements AutoCloseable {

    public static TestReview in(Path folder, String reader) {
        ReviewPreferences prefs = ReviewPreferences.defaults(folder, reader);
        JdbcDecisionStore store = JdbcDecisionStore.open(prefs.jdbcUrl());
        return new TestReview(store, new ReviewSession(store, prefs, Clock.systemUTC()));
    }

    @Override
    public void close() {
        store.close();
    }
}
