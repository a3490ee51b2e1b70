package org.cxrtriage.app;

import org.cxrtriage.review.DecisionStore;
import org.cxrtriage.review.ReviewPreferences;
import org.cxrtriage.review.ReviewSession;
import org.cxrtriage.review.store.JdbcDecisionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

/**
 * The review store and its preferences, opened on first use only (commands that record nothing never touch the
 * database) and closed with the composition root. Preferences come from {@code review.properties} in the data
 * folder: {@code jdbc.url} (default SQLite {@code reviews.db} beside it; a PostgreSQL URL for several readers),
 * {@code reader} (default the OS user) and {@code uid.root} (default the UUID-derived root).
 */
final class ReviewModule implements AutoCloseable {
    static final String FILE_NAME = "review.properties";
    private static final Logger LOG = LoggerFactory.getLogger(ReviewModule.class);

    private final Path dataDir;
    private final String osUser;
    private final Clock clock;
    private ReviewPreferences preferences;
    private JdbcDecisionStore store;

    ReviewModule(Path dataDir, String osUser, Clock clock) {
        this.dataDir = dataDir;
        this.osUser = osUser;
        this.clock = clock;
    }

    /** Preferences from {@code dataDir/review.properties}, each missing key taking its default. */
    static ReviewPreferences preferences(Path dataDir, String osUser) {
        ReviewPreferences defaults = ReviewPreferences.defaults(dataDir, osUser);
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": review preferences unreadable (" + e.getMessage() + ")", e);
        }
        try {
            return new ReviewPreferences(p.getProperty("jdbc.url", defaults.jdbcUrl()).trim(),
                    p.getProperty("reader", defaults.reader()).trim(), p.getProperty("uid.root", defaults.uidRoot()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** Read once, on first use, so a broken preferences file only fails the commands that review. */
    synchronized ReviewPreferences preferences() {
        if (preferences == null) {
            preferences = preferences(dataDir, osUser);
        }
        return preferences;
    }

    synchronized DecisionStore store() {
        if (store == null) {
            String url = preferences().jdbcUrl();
            store = JdbcDecisionStore.open(url);
            LOG.info("review store opened ({})", url.startsWith("jdbc:sqlite:") ? "SQLite" : "database server");
        }
        return store;
    }

    /** A session of the reader from preferences. */
    ReviewSession session() {
        return new ReviewSession(store(), preferences(), clock);
    }

    /** A session of a reader named on the command line, same store and UID root. */
    ReviewSession session(String reader) {
        ReviewPreferences p = preferences();
        return new ReviewSession(store(), new ReviewPreferences(p.jdbcUrl(), reader, p.uidRoot()), clock);
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
