package org.cxrtriage.ui;

/**
 * Where the workstation stands with the study it was asked to open. READY means the first image is on screen and
 * every registered gate (e.g. the analysis, once it exists) is satisfied; smoke runs wait for READY or FAILED.
 */
public record Readiness(State state, String detail) {
    public enum State { IDLE, LOADING, READY, FAILED }

    public static final Readiness IDLE = new Readiness(State.IDLE, "");

    public boolean isFinal() {
        return state == State.READY || state == State.FAILED;
    }
}
