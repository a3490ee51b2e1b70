package org.cxrtriage;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The two waits every TestFX test here needs: run a call on the FX thread and take its result, and wait until
 * a condition read on the FX thread holds. The timeout only bounds how long a failing test hangs.
 */
public final class FxWait {
    private static final long TIMEOUT_S = 120;

    private FxWait() {
    }

    /** Runs {@code call} on the FX thread (JavaFX state may only be read there) and returns its result. */
    public static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed: " + e.getMessage(), e);
        }
    }

    /** Polls {@code condition} until it holds, then lets pending FX events run. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
