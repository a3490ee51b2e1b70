package org.cxrtriage.app;

import org.cxrtriage.review.ReviewSession;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cxrtriage.cli.WorkstationOptions;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.inference.triage.ImageAnalyser;
import org.cxrtriage.ui.Messages;
import org.cxrtriage.ui.Mode;
import org.cxrtriage.ui.PulseMonitor;
import org.cxrtriage.ui.Readiness;
import org.cxrtriage.ui.RecentStudies;
import org.cxrtriage.ui.Screenshots;
import org.cxrtriage.ui.SiteSettings;
import org.cxrtriage.ui.SmokeWatch;
import org.cxrtriage.ui.UserPreferences;
import org.cxrtriage.ui.WorkstationWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts JavaFX with {@code Platform.startup} (no Application subclass, so no static state), shows the
 * workstation, opens the requested study (or the bundled sample), and blocks until the window closes or the
 * smoke run has its answer.
 */
final class WorkstationRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationRuntime.class);
    static final Duration SMOKE_TIMEOUT = Duration.seconds(60);
    private static final Duration SETTLE_LIMIT = Duration.seconds(10);
    private static final Duration SETTLE_TICK = Duration.millis(100);

    private final StudyLoader loader;
    private final FrameDecoder decoder;
    private final DisplayPipeline pipeline;
    private final ExecutorService pool;
    private final Path dataDir;
    private final Path sampleStudy;
    private final ImageAnalyser analyser;
    private final ReviewSession review;

    WorkstationRuntime(StudyLoader loader, FrameDecoder decoder, DisplayPipeline pipeline, ExecutorService pool,
                       Path dataDir, Path sampleStudy, ImageAnalyser analyser, ReviewSession review) {
        this.review = review;
        this.loader = loader;
        this.decoder = decoder;
        this.pipeline = pipeline;
        this.pool = pool;
        this.dataDir = dataDir;
        this.sampleStudy = sampleStudy;
        this.analyser = analyser;
    }

    /** Returns the exit code; a failed smoke run throws with the one-line reason (the CLI prints it). */
    int run(WorkstationOptions options) throws InterruptedException {
        return run(options, null);
    }

    /**
     * Smoke-runs the study with a pulse monitor from the open until it is displayed and analysed; returns what the
     * monitor measured (the {@code bench ui} figure).
     */
    PulseMonitor.Figures measurePulses(Path study) throws InterruptedException {
        AtomicReference<PulseMonitor> monitor = new AtomicReference<>();
        run(new WorkstationOptions(study, true, null, null, null), monitor);
        return monitor.get().figures();
    }

    private int run(WorkstationOptions options, AtomicReference<PulseMonitor> pulses) throws InterruptedException {
        // a wrong mode name is refused before any window opens, with the names that work
        options.requestedMode().filter(m -> Mode.byId(m).isEmpty()).ifPresent(m -> {
            throw new IllegalStateException("unknown mode '" + m + "': use " + Mode.choices());
        });
        try {
            options.windowSize();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Path study = options.studyToOpen().orElse(sampleStudy);
        if (study == null) {
            throw new IllegalStateException("no study given and the bundled sample study (samples/) was not found;"
                    + " run from the repository root or pass FILE|DIR");
        }
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<String> failure = new AtomicReference<>();
        Platform.setImplicitExit(false);
        try {
            Platform.startup(() -> start(study, options, finished, failure, pulses));
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.error("JavaFX did not start", e);
            throw new IllegalStateException("cannot open the workstation window: " + e.getMessage()
                    + (System.getenv("DISPLAY") == null ? " (DISPLAY is not set)" : ""), e);
        }
        finished.await();
        Platform.exit();
        pool.shutdownNow();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return 0;
    }

    private void start(Path study, WorkstationOptions options, CountDownLatch finished,
                       AtomicReference<String> failure, AtomicReference<PulseMonitor> pulses) {
        try {
            UserPreferences preferences = new UserPreferences(dataDir.resolve("preferences.properties"));
            // --mode switches to that mode, and like a switch from the menu it is remembered for the next start
            options.requestedMode().flatMap(Mode::byId).ifPresent(preferences.modeProperty()::set);
            WorkstationWindow window = new WorkstationWindow(new Stage(), loader, decoder, pipeline, pool,
                    new RecentStudies(dataDir.resolve("recent-studies.txt"), 12), analyser,
                    new SiteSettings(dataDir.resolve("site.properties")), review, preferences,
                    new Messages(Locale.getDefault()));
            options.windowSize().ifPresent(size -> window.resize(size.width(), size.height()));
            window.stage().setOnHidden(e -> finished.countDown());
            window.show();
            PulseMonitor monitor = new PulseMonitor();
            if (options.smoke()) {
                new SmokeWatch(window.model().readinessProperty(), SMOKE_TIMEOUT, result -> {
                    monitor.stop();
                    smokeDone(window, options, result, failure);
                }).start();
            }
            if (pulses == null) {
                window.model().open(study);
            } else {
                // measure the study, not the window's own start-up: open once the first frames are on screen
                pulses.set(monitor);
                PauseTransition settle = new PauseTransition(Duration.seconds(1.5));
                settle.setOnFinished(e -> {
                    monitor.start();
                    window.model().open(study);
                });
                settle.play();
            }
        } catch (RuntimeException e) {
            LOG.error("workstation failed to start", e);
            failure.set("workstation failed to start: " + e.getMessage());
            finished.countDown();
        }
    }

    private static void smokeDone(WorkstationWindow window, WorkstationOptions options, Readiness result,
                                  AtomicReference<String> failure) {
        if (result.state() != Readiness.State.READY) {
            failure.set("smoke run failed: " + result.detail());
            window.stage().close();
        } else if (options.screenshotFile().isPresent()) {
            whenSettled(window, SETTLE_LIMIT, () -> screenshot(window, options.screenshotFile().get(), failure));
        } else {
            window.stage().close();
        }
    }

    /**
     * Thumbnails and the status bar finish a moment after the first image is up; a screenshot waits for that
     * (at most {@code limit}) so it shows the workstation as a reader sees it, not mid-update.
     */
    private static void whenSettled(WorkstationWindow window, Duration limit, Runnable then) {
        if (!window.model().status().busyProperty().get() || limit.lessThanOrEqualTo(Duration.ZERO)) {
            then.run();
            return;
        }
        PauseTransition tick = new PauseTransition(SETTLE_TICK);
        tick.setOnFinished(e -> whenSettled(window, limit.subtract(SETTLE_TICK), then));
        tick.play();
    }

    private static void screenshot(WorkstationWindow window, Path png, AtomicReference<String> failure) {
        try {
            Screenshots.write(window.scene(), png);
            LOG.info("smoke screenshot written ({}x{})", (int) window.scene().getWidth(),
                    (int) window.scene().getHeight());
        } catch (IOException e) {
            LOG.error("screenshot failed", e);
            failure.set("could not write screenshot " + png + ": " + e.getMessage());
        }
        window.stage().close();
    }
}
