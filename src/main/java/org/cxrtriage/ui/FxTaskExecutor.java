package org.cxrtriage.ui;

import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * {@link TaskExecutor} on a {@code javafx.concurrent.Task} per job and a thread pool the composition root owns:
 * the Task machinery already delivers state changes on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService pool;
    private final Listener listener;

    public FxTaskExecutor(ExecutorService pool, Listener listener) {
        this.pool = pool;
        this.listener = listener;
    }

    @Override
    public <T> Cancellable submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        // listeners only ever hear from the FX thread; called on it, report at once so a task chained from
        // another's completion never leaves a moment in which nothing seems to be running
        if (javafx.application.Platform.isFxApplicationThread()) {
            listener.started(task, title);
        } else {
            javafx.application.Platform.runLater(() -> listener.started(task, title));
        }
        task.progressProperty().addListener((obs, old, now) -> listener.progressed(task, title, now.doubleValue()));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            listener.finished(task);
            onSuccess.accept(task.getValue());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            listener.finished(task);
            onFailure.accept(task.getException());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> listener.finished(task));
        try {
            pool.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the window is closing and the workers are gone: work chained from a last callback has nowhere to run
            LOG.info("'{}' not started: the worker pool is shut down", title);
            if (javafx.application.Platform.isFxApplicationThread()) {
                listener.finished(task);
            } else {
                javafx.application.Platform.runLater(() -> listener.finished(task));
            }
            return () -> { };
        }
        return () -> task.cancel(false);
    }

    /** A Task that is its own progress sink, since Task's update methods are protected. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        WorkTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }
}
