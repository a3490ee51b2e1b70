package org.cxrtriage.review.store;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/** A fresh, empty database for one test: an SQLite file, or a new schema on the test PostgreSQL server. */
record TestDatabase(String jdbcUrl) {
    static final String POSTGRES_URL_PROPERTY = "cxr.test.postgres.url";
    static final String POSTGRES_URL_ENV = "CXR_TEST_POSTGRES_URL";

    static TestDatabase sqlite(Path folder) {
        return new TestDatabase("jdbc:sqlite:" + folder.resolve("reviews.db"));
    }

    /**
     * A new schema on the server that scripts/test-all.sh starts. Without its URL the test fails when CI is
     * set (the server is part of CI) and is skipped otherwise (a developer without PostgreSQL).
     */
    static TestDatabase postgres() {
        String base = System.getProperty(POSTGRES_URL_PROPERTY, System.getenv(POSTGRES_URL_ENV));
        if (base == null || base.isBlank()) {
            String message = "no PostgreSQL for the store tests: set " + POSTGRES_URL_ENV
                    + " (scripts/test-postgres.sh start DIR prints one)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(base);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("cannot create a test schema on " + base + ": " + e.getMessage(), e);
        }
        return new TestDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }
}
