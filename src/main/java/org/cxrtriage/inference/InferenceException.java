package org.cxrtriage.inference;

/** The model could not score an input (engine error); the message says which model and why. */
public final class InferenceException extends Exception {
    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
