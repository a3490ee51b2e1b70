package org.cxrtriage.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * Waits (on the FX thread, without blocking it) until the workstation is READY or FAILED, or the time runs out,
 * and reports exactly once.
 */
public final class SmokeWatch {
    private final ObservableValue<Readiness> readiness;
    private final Duration timeout;
    private final Consumer<Readiness> done;
    private boolean reported;

    public SmokeWatch(ObservableValue<Readiness> readiness, Duration timeout, Consumer<Readiness> done) {
        this.readiness = readiness;
        this.timeout = timeout;
        this.done = done;
    }

    /** Call on the FX thread before (or right after) the study is opened. */
    public void start() {
        PauseTransition timer = new PauseTransition(timeout);
        ChangeListener<Readiness> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Readiness> obs, Readiness old, Readiness now) {
                if (now.isFinal()) {
                    readiness.removeListener(this);
                    timer.stop();
                    report(now);
                }
            }
        };
        timer.setOnFinished(e -> {
            readiness.removeListener(listener);
            report(new Readiness(Readiness.State.FAILED, "timed out after " + (int) timeout.toSeconds()
                    + " s waiting for the first image (" + readiness.getValue().detail() + ")"));
        });
        readiness.addListener(listener);
        timer.play();
        if (readiness.getValue().isFinal()) {
            listener.changed(readiness, null, readiness.getValue());
        }
    }

    private void report(Readiness result) {
        if (!reported) {
            reported = true;
            done.accept(result);
        }
    }
}
