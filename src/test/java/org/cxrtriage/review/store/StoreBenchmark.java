package org.cxrtriage.review.store;

import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.Flags;
import org.cxrtriage.review.ReviewEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how long a committed save and a study read take: {@code scripts/bench-review-store.sh [JDBC_URL]}.
 * Figures, not assertions: timings depend on the disk and the load.
 */
public final class StoreBenchmark {
    private static final int SAVES = 500;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0]
                : "jdbc:sqlite:" + Files.createTempDirectory("cxr-bench").resolve("reviews.db");
        String study = "2.25." + System.nanoTime();
        try (JdbcDecisionStore store = JdbcDecisionStore.open(url)) {
            long[] saves = new long[SAVES];
            for (int i = 0; i < SAVES; i++) {
                AiResult result = Flags.result(study, i + 1, (i % 100) / 100.0);
                ReviewEvent event = ReviewEvent.accept(result, "bench", Instant.now());
                long start = System.nanoTime();
                store.record(event);
                saves[i] = System.nanoTime() - start;
            }
            long[] reads = new long[20];
            for (int i = 0; i < reads.length; i++) {
                long start = System.nanoTime();
                store.study(study);
                reads[i] = System.nanoTime() - start;
            }
            System.out.printf(Locale.ROOT, "store %s%n", Dialect.redact(url));
            System.out.printf(Locale.ROOT, "save (committed, %d): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    SAVES, ms(saves, 0.5), ms(saves, 0.95), ms(saves, 1.0));
            System.out.printf(Locale.ROOT, "derive study of %d flags: median %.2f ms%n", SAVES, ms(reads, 0.5));
        }
        if (args.length == 0) {
            Path db = Path.of(url.substring("jdbc:sqlite:".length()));
            System.out.printf(Locale.ROOT, "database size %d KiB%n", Files.size(db) / 1024);
            try (var files = Files.list(db.getParent())) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(db.getParent());
        }
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)));
        return sorted[index] / 1e6;
    }
}
