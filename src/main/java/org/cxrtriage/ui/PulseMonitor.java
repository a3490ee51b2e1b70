package org.cxrtriage.ui;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures UI responsiveness: an AnimationTimer asks JavaFX for a pulse every frame (60 per second), so the gap
 * between two consecutive pulses is how long the FX thread was busy or blocked. Start and stop on the FX thread.
 */
public final class PulseMonitor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PulseMonitor.class);
    /** Gaps longer than this are logged with when they happened, to find what blocked the UI thread. */
    private static final double SLOW_PULSE_MS = 50;
    private final List<Long> stamps = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stamps.add(System.nanoTime());
        }
    };

    /** Longest and median gap between pulses, and how many pulses there were. */
    public record Figures(double longestGapMs, double medianGapMs, int pulses, double seconds) {
    }

    public void start() {
        stamps.clear();
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    public Figures figures() {
        if (stamps.size() < 2) {
            return new Figures(0, 0, stamps.size(), 0);
        }
        double[] gaps = new double[stamps.size() - 1];
        for (int i = 1; i < stamps.size(); i++) {
            gaps[i - 1] = (stamps.get(i) - stamps.get(i - 1)) / 1e6;
        }
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] > SLOW_PULSE_MS) {
                LOG.info("slow pulse: {} ms gap, {} ms after start", Math.round(gaps[i]),
                        (stamps.get(i) - stamps.get(0)) / 1_000_000);
            }
        }
        double[] sorted = gaps.clone();
        Arrays.sort(sorted);
        return new Figures(sorted[sorted.length - 1], sorted[sorted.length / 2], stamps.size(),
                (stamps.get(stamps.size() - 1) - stamps.get(0)) / 1e9);
    }
}
