package org.cxrtriage.ui;

import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread. For tests of view models that need a deterministic order; never used
 * by the workstation, where it would block the FX thread.
 */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public <T> Cancellable submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
