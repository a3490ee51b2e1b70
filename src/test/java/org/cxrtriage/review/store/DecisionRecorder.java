package org.cxrtriage.review.store;

import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.Flags;
import org.cxrtriage.review.ReviewEvent;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Child process of {@link SqliteDurabilityTest}: records decisions as fast as it can and prints
 * {@code saved <eventId>} after each save returned, until it is killed.
 */
public final class DecisionRecorder {
    private DecisionRecorder() {
    }

    public static void main(String[] args) {
        String jdbcUrl = args[0];
        String study = args[1];
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (JdbcDecisionStore store = JdbcDecisionStore.open(jdbcUrl)) {
            out.println("ready");
            out.flush();
            for (int image = 1; ; image++) {
                AiResult result = Flags.result(study, image, (image % 100) / 100.0);
                ReviewEvent event = ReviewEvent.accept(result, "durability", Instant.now());
                store.record(event);
                // one write per line, so a kill can cut a line short but never merge two
                out.print("saved " + event.eventId() + "\n");
                out.flush();
            }
        }
    }
}
