package org.cxrtriage.ui;

import java.util.function.Consumer;

/**
 * Runs slow work (loading, decoding, rendering) off the JavaFX thread and delivers its result or failure back on
 * the JavaFX thread. View models depend on this interface only, so tests can run them with
 * {@link DirectTaskExecutor} and the workstation with {@link FxTaskExecutor}.
 */
public interface TaskExecutor {

    /**
     * @param title     what the status bar shows while it runs (never patient data)
     * @param onSuccess called on the FX thread with the result, unless the task was cancelled
     * @param onFailure called on the FX thread with what the work threw
     */
    <T> Cancellable submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure);

    /** The slow part; runs on a worker thread. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Handed to running work: report progress, and stop early once cancelled. */
    interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total) {
                // nobody is watching: nothing to report to
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        void update(long done, long total);

        boolean isCancelled();
    }

    /** Cancels a submitted task; its callbacks are then never called. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /** Told, on the FX thread, about every task's life, so one status bar can show all background work. */
    interface Listener {
        Listener NONE = new Listener() {
        };

        default void started(Object task, String title) {
        }

        /** @param fraction 0..1, or negative when the work cannot tell */
        default void progressed(Object task, String title, double fraction) {
        }

        default void finished(Object task) {
        }
    }
}
