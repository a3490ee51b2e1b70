package org.cxrtriage.app;

import org.cxrtriage.review.ReviewPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** review.properties: defaults without it, each key overriding its default, a bad value named with the file. */
class ReviewModuleTest {

    @Test
    void withoutAFileTheStoreIsSqliteInTheDataFolderAndTheReaderIsTheOsUser(@TempDir Path data) {
        ReviewPreferences p = ReviewModule.preferences(data, "osuser");
        assertEquals("jdbc:sqlite:" + data.resolve("reviews.db").toAbsolutePath(), p.jdbcUrl());
        assertEquals("osuser", p.reader());
        try (ReviewModule module = new ReviewModule(data, "osuser", Clock.systemUTC())) {
            assertEquals("osuser", module.session().reader());
            assertTrue(Files.isRegularFile(data.resolve("reviews.db")), "opened (and migrated) on first use");
            assertEquals("Dr Other", module.session("Dr Other").reader());
        }
    }

    @Test
    void theFileSetsReaderUrlAndUidRoot(@TempDir Path data) throws Exception {
        Path db = data.resolve("elsewhere/shared.db");
        Files.writeString(data.resolve(ReviewModule.FILE_NAME), "reader = Dr Ngozi Okafor\njdbc.url = jdbc:sqlite:"
                + db.toString().replace("\\", "/") + "\nuid.root = 1.2.826.0.1.3680043.10.1234\n");
        ReviewPreferences p = ReviewModule.preferences(data, "osuser");
        assertEquals("Dr Ngozi Okafor", p.reader());
        assertEquals("jdbc:sqlite:" + db, p.jdbcUrl());
        assertEquals("1.2.826.0.1.3680043.10.1234", p.uidRoot());
    }

    @Test
    void aMalformedValueIsRefusedNamingTheFile(@TempDir Path data) throws Exception {
        Path file = data.resolve(ReviewModule.FILE_NAME);
        Files.writeString(file, "uid.root = 1.2.x\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReviewModule.preferences(data, "osuser"));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }
}
