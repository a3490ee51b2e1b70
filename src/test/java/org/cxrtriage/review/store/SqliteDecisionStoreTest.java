package org.cxrtriage.review.store;

import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.Flags;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.review.ReviewStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteDecisionStoreTest extends DecisionStoreContract {
    @TempDir
    Path folder;

    @Override
    TestDatabase database() {
        return TestDatabase.sqlite(folder);
    }

    @Test
    void walModeAndFullSynchronousAreOnForTheStoresConnection() {
        try (JdbcDecisionStore store = JdbcDecisionStore.open(database().jdbcUrl())) {
            assertEquals("wal", store.sqlitePragma("journal_mode"));
            assertEquals("2", store.sqlitePragma("synchronous"), "2 = FULL");
            assertEquals("1", store.sqlitePragma("foreign_keys"));
        }
    }

    @Test
    void theDataFolderIsCreatedOnFirstUse() {
        Path nested = folder.resolve("a").resolve("b").resolve("reviews.db");
        try (JdbcDecisionStore store = JdbcDecisionStore.open("jdbc:sqlite:" + nested)) {
            store.record(ReviewEvent.accept(Flags.result("2.25.3", 1, 0.6), "alice", Instant.now()));
        }
        assertTrue(Files.isRegularFile(nested));
    }

    @Test
    void anUnusableLocationGivesAMessageNamingIt() throws Exception {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        ReviewStoreException e = assertThrows(ReviewStoreException.class,
                () -> JdbcDecisionStore.open("jdbc:sqlite:" + blocker.resolve("reviews.db")));
        assertTrue(e.getMessage().contains("not-a-folder"), e.getMessage());
        IllegalArgumentException unsupported = assertThrows(IllegalArgumentException.class,
                () -> JdbcDecisionStore.open("jdbc:mysql://host/db?password=secret"));
        assertTrue(unsupported.getMessage().contains("jdbc:mysql://host/db"), unsupported.getMessage());
        assertTrue(!unsupported.getMessage().contains("secret"), "credentials must not leak into messages");
    }

    @Test
    void twoConnectionsWritingAtOnceWaitForEachOtherInsteadOfFailing() throws Exception {
        String url = database().jdbcUrl();
        String study = "2.25.4242";
        try (JdbcDecisionStore a = JdbcDecisionStore.open(url); JdbcDecisionStore b = JdbcDecisionStore.open(url)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    JdbcDecisionStore store = w == 0 ? a : b;
                    int offset = w * 1000;
                    writers.add(pool.submit(() -> {
                        for (int i = 1; i <= 100; i++) {
                            AiResult result = Flags.result(study, offset + i, 0.7);
                            store.record(ReviewEvent.accept(result, "writer" + offset, Instant.now()));
                            a.events(study); // interleave reads from the other connection
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> writer : writers) {
                    writer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(200, b.events(study).size());
            assertEquals(200, a.results(study).size());
        }
    }
}
