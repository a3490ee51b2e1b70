package org.cxrtriage.review.store;

import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.DecisionStore;
import org.cxrtriage.review.EventKind;
import org.cxrtriage.review.FlagKey;
import org.cxrtriage.review.ModelIdentity;
import org.cxrtriage.review.RejectReason;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.review.ReviewLedger;
import org.cxrtriage.review.ReviewStoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link DecisionStore} over JDBC, the same SQL for SQLite and PostgreSQL. One connection, used under this
 * object's lock: a workstation has one reader, and SQLite has one writer anyway. Each write is its own
 * transaction and returns only after {@code commit()} did.
 */
public final class JdbcDecisionStore implements DecisionStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDecisionStore.class);

    private static final String EVENT_COLUMNS = "event_id, kind, reader, recorded_at, study_uid, series_uid, sop_uid,"
            + " finding, model_id, model_version, model_sha256, probability, threshold, reason, note, undoes_event_id";
    private static final String RESULT_COLUMNS = "study_uid, series_uid, sop_uid, finding, model_id, model_version,"
            + " model_sha256, probability, threshold";
    private static final String FLAG_MATCH = "sop_uid = ? AND finding = ? AND model_id = ? AND model_version = ?"
            + " AND model_sha256 = ?";

    /**
     * Fixed-width UTC text (always milliseconds) so that timestamps compare correctly as strings in both
     * databases and stay readable in an audit query; {@link Instant#parse} reads it back.
     */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String where;
    private final Connection connection;

    private JdbcDecisionStore(String where, Connection connection) {
        this.where = where;
        this.connection = connection;
    }

    /** Migrates the schema (Flyway) and opens the store; for SQLite the file's folder is created. */
    public static JdbcDecisionStore open(String jdbcUrl) {
        Dialect dialect = Dialect.of(jdbcUrl);
        String where = Dialect.redact(jdbcUrl);
        try {
            if (dialect == Dialect.SQLITE) {
                createParentFolder(jdbcUrl);
            }
            DataSource dataSource = dialect.dataSource(jdbcUrl);
            migrate(dataSource, dialect);
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            LOG.info("review store open: {}", where);
            return new JdbcDecisionStore(where, connection);
        } catch (SQLException | FlywayException e) {
            throw new ReviewStoreException("cannot open review store " + where + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.vendor())
                .placeholders(Map.of("auto_id", dialect.autoIdColumn()))
                .load()
                .migrate();
    }

    private static void createParentFolder(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        file = query < 0 ? file : file.substring(0, query);
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ReviewStoreException("cannot create folder " + parent + " for the review store: " + e, e);
        }
    }

    @Override
    public synchronized void register(AiResult result) {
        inTransaction("register a result", () -> insertResult(result));
    }

    @Override
    public synchronized void record(ReviewEvent event) {
        inTransaction("record a decision", () -> {
            // write first: in SQLite the transaction then takes the write lock up front (waiting up to the
            // busy timeout) instead of failing when a read transaction must be upgraded to a write one
            insertResult(event.result());
            ReviewLedger.checkAppendable(eventsOfFlag(event.flag()), event);
            insertEvent(event);
        });
    }

    @Override
    public synchronized List<AiResult> results(String studyUid) {
        return query("read results", "SELECT " + RESULT_COLUMNS + " FROM ai_result WHERE study_uid = ? ORDER BY seq",
                List.of(studyUid), JdbcDecisionStore::readResult);
    }

    @Override
    public synchronized List<ReviewEvent> events(String studyUid) {
        return query("read events", "SELECT " + EVENT_COLUMNS + " FROM review_event WHERE study_uid = ? ORDER BY seq",
                List.of(studyUid), JdbcDecisionStore::readEvent);
    }

    @Override
    public synchronized List<String> studiesTouchedSince(Instant since) {
        String from = TIMESTAMP.format(since);
        List<String> touched = query("read session studies", "SELECT study_uid, MIN(at) AS first FROM ("
                        + " SELECT study_uid, registered_at AS at FROM ai_result WHERE registered_at >= ?"
                        + " UNION ALL SELECT study_uid, recorded_at AS at FROM review_event WHERE recorded_at >= ?"
                        + ") touched GROUP BY study_uid ORDER BY first, study_uid",
                List.of(from, from), row -> row.getString("study_uid"));
        return List.copyOf(touched);
    }

    @Override
    public synchronized List<ReviewEvent> allEvents() {
        return query("read events", "SELECT " + EVENT_COLUMNS + " FROM review_event ORDER BY seq",
                List.of(), JdbcDecisionStore::readEvent);
    }

    /** The value of an SQLite PRAGMA on this store's own connection (they are per connection). */
    synchronized String sqlitePragma(String name) {
        return query("read PRAGMA " + name, "PRAGMA " + name, List.of(), row -> row.getString(1)).get(0);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ReviewStoreException("closing review store " + where + " failed: " + e.getMessage(), e);
        }
    }

    private List<ReviewEvent> eventsOfFlag(FlagKey flag) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM review_event WHERE " + FLAG_MATCH + " ORDER BY seq")) {
            bindFlag(select, 1, flag);
            return readAll(select, JdbcDecisionStore::readEvent);
        }
    }

    private void insertResult(AiResult result) throws SQLException {
        // ON CONFLICT DO NOTHING is spelled the same in SQLite (3.24+) and PostgreSQL (9.5+).
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ai_result (" + RESULT_COLUMNS
                + ", registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            FlagKey key = result.key();
            insert.setString(1, key.studyUid());
            insert.setString(2, key.seriesUid());
            insert.setString(3, key.sopUid());
            insert.setString(4, key.finding());
            insert.setString(5, key.model().id());
            insert.setString(6, key.model().version());
            insert.setString(7, key.model().sha256());
            insert.setDouble(8, result.probability());
            insert.setDouble(9, result.threshold());
            insert.setString(10, TIMESTAMP.format(Instant.now()));
            insert.executeUpdate();
        }
    }

    private void insertEvent(ReviewEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_event (" + EVENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            FlagKey key = event.flag();
            insert.setString(1, event.eventId());
            insert.setString(2, event.kind().name());
            insert.setString(3, event.reader());
            insert.setString(4, TIMESTAMP.format(event.at()));
            insert.setString(5, key.studyUid());
            insert.setString(6, key.seriesUid());
            bindFlag(insert, 7, key);
            insert.setDouble(12, event.result().probability());
            insert.setDouble(13, event.result().threshold());
            insert.setString(14, event.rejectReason().map(RejectReason::code).orElse(null));
            insert.setString(15, event.note());
            insert.setString(16, event.kind() == EventKind.UNDO ? event.undoes() : null);
            insert.executeUpdate();
        }
    }

    private static void bindFlag(PreparedStatement statement, int first, FlagKey key) throws SQLException {
        statement.setString(first, key.sopUid());
        statement.setString(first + 1, key.finding());
        statement.setString(first + 2, key.model().id());
        statement.setString(first + 3, key.model().version());
        statement.setString(first + 4, key.model().sha256());
    }

    private static AiResult readResult(ResultSet row) throws SQLException {
        return new AiResult(readKey(row), row.getDouble("probability"), row.getDouble("threshold"));
    }

    private static ReviewEvent readEvent(ResultSet row) throws SQLException {
        AiResult result = readResult(row);
        String reason = row.getString("reason");
        return new ReviewEvent(row.getString("event_id"), EventKind.valueOf(row.getString("kind")), result,
                reason == null ? null : RejectReason.fromCode(reason), row.getString("note"), row.getString("reader"),
                Instant.parse(row.getString("recorded_at")), row.getString("undoes_event_id"));
    }

    private static FlagKey readKey(ResultSet row) throws SQLException {
        ModelIdentity model = new ModelIdentity(row.getString("model_id"), row.getString("model_version"),
                row.getString("model_sha256"));
        return new FlagKey(row.getString("study_uid"), row.getString("series_uid"), row.getString("sop_uid"),
                row.getString("finding"), model);
    }

    private <T> List<T> query(String what, String sql, List<String> parameters, RowReader<T> reader) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            List<T> rows = readAll(select, reader);
            connection.commit(); // ends the read transaction so a WAL checkpoint is not held back
            return rows;
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new ReviewStoreException("cannot " + what + " from " + where + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> readAll(PreparedStatement select, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet resultSet = select.executeQuery()) {
            while (resultSet.next()) {
                rows.add(reader.read(resultSet));
            }
        }
        return rows;
    }

    private void inTransaction(String what, SqlWork work) {
        try {
            work.run();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new ReviewStoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        }
    }

    /** A failed rollback must not hide the original failure; it is attached to it instead. */
    private void rollbackQuietly(Exception original) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            original.addSuppressed(rollbackFailure);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }
}
