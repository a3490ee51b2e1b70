package org.cxrtriage.ui;

import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The smoke run's waiting logic: reports once, on READY, FAILED or time-out. */
@ExtendWith(ApplicationExtension.class)
class SmokeWatchTest {

    @Start
    void start(Stage stage) {
        // no window needed: the FX toolkit (for timers) is what the extension provides
    }

    @Test
    void reportsReadyOnceEvenIfLaterStatesFollow() throws Exception {
        SimpleObjectProperty<Readiness> readiness = new SimpleObjectProperty<>(Readiness.IDLE);
        List<Readiness> reports = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            new SmokeWatch(readiness, Duration.seconds(30), reports::add).start();
            readiness.set(new Readiness(Readiness.State.LOADING, "opening"));
            readiness.set(new Readiness(Readiness.State.READY, "first image displayed"));
            readiness.set(new Readiness(Readiness.State.FAILED, "later"));
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(new Readiness(Readiness.State.READY, "first image displayed")), reports);
    }

    @Test
    void timesOutWithTheLastKnownState() throws Exception {
        SimpleObjectProperty<Readiness> readiness =
                new SimpleObjectProperty<>(new Readiness(Readiness.State.LOADING, "opening chest.dcm"));
        List<Readiness> reports = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> new SmokeWatch(readiness, Duration.millis(200), reports::add).start())
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reports.isEmpty());
        assertEquals(1, reports.size());
        assertEquals(Readiness.State.FAILED, reports.get(0).state());
        assertTrue(reports.get(0).detail().contains("timed out") && reports.get(0).detail().contains("opening chest.dcm"),
                reports.get(0).detail());
    }
}
