package org.cxrtriage.review.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash test of the embedded store: a child JVM records decisions in a loop and is SIGKILLed at a random
 * moment, 50 times over the same database. After every kill the database must pass
 * {@code PRAGMA integrity_check} and hold every decision whose save had returned (the child printed it).
 */
class SqliteDurabilityTest {
    private static final int TRIALS = 50;
    private static final Pattern SAVED = Pattern.compile("saved ([0-9a-f-]{36})");

    @TempDir
    Path folder;

    @Test
    void everySavedDecisionSurvivesSigkill() throws Exception {
        String url = "jdbc:sqlite:" + folder.resolve("reviews.db");
        Random random = new Random(20261203L);
        Set<String> saved = new HashSet<>();
        int killedMidRun = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            // kill either right after start-up (maybe inside open/migrate) or after up to 300 ms of saving
            long killAfterMillis = random.nextInt(10) == 0 ? random.nextInt(150) : 20 + random.nextInt(300);
            boolean waitForReady = killAfterMillis >= 20;
            List<String> printed = runAndKill(url, "2.25." + (9000 + trial), killAfterMillis, waitForReady);
            saved.addAll(printed);
            killedMidRun += printed.isEmpty() ? 0 : 1;

            try (Connection connection = DriverManager.getConnection(url)) {
                assertEquals("ok", integrityCheck(connection), "integrity_check after trial " + trial);
                assertNoneLost(saved, storedEventIds(connection), trial);
            }
            if (trial % 10 == 9) {
                // and the store itself opens (Flyway validates) and reads them back; not every trial, it
                // costs as much as a child start-up
                try (JdbcDecisionStore store = JdbcDecisionStore.open(url)) {
                    Set<String> stored = new HashSet<>();
                    store.allEvents().forEach(event -> stored.add(event.eventId()));
                    assertNoneLost(saved, stored, trial);
                }
            }
        }
        // figures for the surefire report (test output is not product output)
        System.out.printf("durability: %d SIGKILL trials, %d killed while saving, %d saved decisions all present%n",
                TRIALS, killedMidRun, saved.size());
        assertTrue(killedMidRun >= TRIALS / 2, "most kills should land while decisions are being saved, got "
                + killedMidRun);
        assertTrue(saved.size() > TRIALS, "the child should save many decisions, saved " + saved.size());
    }

    private static List<String> runAndKill(String url, String study, long killAfterMillis, boolean waitForReady)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-Dcxr.log.dir=" + System.getProperty("cxr.log.dir", "target/test-logs"),
                "-cp", System.getProperty("java.class.path"), DecisionRecorder.class.getName(), url, study)
                .redirectErrorStream(true);
        Process child = builder.start();
        List<String> saved = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Thread reader = new Thread(() -> readLines(child, saved, other), "durability-reader");
        reader.start();
        if (waitForReady) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!containsReady(other) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        Thread.sleep(killAfterMillis);
        if (!child.isAlive()) {
            reader.join();
            fail("child exited by itself (" + child.exitValue() + "): " + other);
        }
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
        reader.join();
        synchronized (saved) {
            return List.copyOf(saved);
        }
    }

    private static boolean containsReady(List<String> other) {
        synchronized (other) {
            return other.contains("ready");
        }
    }

    private static void readLines(Process child, List<String> saved, List<String> other) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher matcher = SAVED.matcher(line);
                if (matcher.matches()) { // a line the kill cut short does not match and does not count
                    synchronized (saved) {
                        saved.add(matcher.group(1));
                    }
                } else {
                    synchronized (other) {
                        other.add(line);
                    }
                }
            }
        } catch (IOException e) {
            synchronized (other) {
                other.add("reading the child's output failed: " + e);
            }
        }
    }

    private static void assertNoneLost(Set<String> saved, Set<String> stored, int trial) {
        Set<String> lost = new HashSet<>(saved);
        lost.removeAll(stored);
        assertTrue(lost.isEmpty(), "trial " + trial + ": saved but missing after SIGKILL: " + lost);
    }

    private static Set<String> storedEventIds(Connection connection) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id FROM review_event")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static String integrityCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
            row.next();
            return row.getString(1);
        }
    }
}
