package org.cxrtriage.review;

import org.cxrtriage.review.store.JdbcDecisionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewPreferencesTest {
    @TempDir
    Path home;

    @Test
    void theDefaultStoreIsAnSqliteFileInTheUsersDataDirectory() {
        Path data = ReviewPreferences.userDataDirectory(Map.of(), home);
        assertEquals(home.resolve(".local/share/cxr-triage"), data);
        assertEquals(Path.of("/srv/xdg/cxr-triage"),
                ReviewPreferences.userDataDirectory(Map.of("XDG_DATA_HOME", "/srv/xdg"), home));

        ReviewPreferences preferences = ReviewPreferences.defaults(data, "osuser");
        assertEquals("osuser", preferences.reader());
        assertTrue(preferences.uidGenerator().next().startsWith("2.25."));
        try (JdbcDecisionStore store = JdbcDecisionStore.open(preferences.jdbcUrl())) {
            store.record(ReviewEvent.accept(Flags.result("2.25.8", 1, 0.9), preferences.reader(), Instant.now()));
        }
        assertTrue(Files.isRegularFile(data.resolve("reviews.db")));
    }

    @Test
    void badPreferencesAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewPreferences("", "a", null));
        assertThrows(IllegalArgumentException.class, () -> new ReviewPreferences("jdbc:sqlite:x", " ", null));
        IllegalArgumentException root = assertThrows(IllegalArgumentException.class,
                () -> new ReviewPreferences("jdbc:sqlite:x", "a", "1.02.3"));
        assertTrue(root.getMessage().contains("1.02.3"), root.getMessage());
        assertEquals("1.2.826.0.1.3680043.9.7777",
                new ReviewPreferences("jdbc:sqlite:x", "a", "1.2.826.0.1.3680043.9.7777").uidRoot());
    }
}
