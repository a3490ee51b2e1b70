package org.cxrtriage.review.store;

import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;

/** The two databases the one store runs on, and the little that differs between them. */
enum Dialect {
    SQLITE("sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT") {
        @Override
        DataSource dataSource(String jdbcUrl) {
            SQLiteConfig config = new SQLiteConfig();
            // WAL: readers never block the writer; FULL: the WAL is fsynced at every commit, so a decision
            // whose save returned survives power loss, not only a killed process.
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            // a second process (another workstation window) waits for the lock instead of failing at once
            config.setBusyTimeout(10_000);
            SQLiteDataSource dataSource = new SQLiteDataSource(config);
            dataSource.setUrl(jdbcUrl);
            return dataSource;
        }
    },
    POSTGRESQL("postgresql", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY") {
        @Override
        DataSource dataSource(String jdbcUrl) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(jdbcUrl);
            return dataSource;
        }
    };

    private final String vendor;
    private final String autoIdColumn;

    Dialect(String vendor, String autoIdColumn) {
        this.vendor = vendor;
        this.autoIdColumn = autoIdColumn;
    }

    /** Connections configured for durability; Flyway and the store use the same settings. */
    abstract DataSource dataSource(String jdbcUrl);

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

    /** The URL without its parameters, which may carry a password: safe for logs and messages. */
    static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?...";
    }
}
