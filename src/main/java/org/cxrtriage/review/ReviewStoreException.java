package org.cxrtriage.review;

/** The review database failed; the message says which store (URL without credentials) and what happened. */
public class ReviewStoreException extends RuntimeException {
    public ReviewStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
