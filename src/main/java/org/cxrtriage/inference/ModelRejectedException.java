package org.cxrtriage.inference;

import java.nio.file.Path;

/** A model folder that must not be served (tampered, incomplete, unreadable); the message names folder and reason. */
public final class ModelRejectedException extends Exception {
    public ModelRejectedException(Path folder, String reason) {
        super(folder + ": model refused: " + reason);
    }

    public ModelRejectedException(Path folder, String reason, Throwable cause) {
        super(folder + ": model refused: " + reason, cause);
    }
}
