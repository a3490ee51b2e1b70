package org.cxrtriage.review.store;

import java.util.List;

/** The two databases the one store runs on, and the little that differs between them. */
enum Dialect {
    SQLITE("sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT",
            // WAL: readers never block the writer; FULL: the WAL is fsynced at every commit, so a decision
            // whose save returned survives power loss, not only a killed process.
            List.of("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                    "PRAGMA busy_timeout=10000")),
    POSTGRESQL("postgresql", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", List.of());

    private final String vendor;
    private final String autoIdColumn;
    private final List<String> sessionSetup;

    Dialect(String vendor, String autoIdColumn, List<String> sessionSetup) {
        this.vendor = vendor;
        this.autoIdColumn = autoIdColumn;
        this.sessionSetup = sessionSetup;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported review store URL '" + redact(jdbcUrl)
                + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
    }

    String vendor() {
        return vendor;
    }

    String autoIdColumn() {
        return autoIdColumn;
    }

    List<String> sessionSetup() {
        return sessionSetup;
    }

    /** The URL without its parameters, which may carry a password: safe for logs and messages. */
    static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?...";
    }
}
