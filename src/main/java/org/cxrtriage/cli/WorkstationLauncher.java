package org.cxrtriage.cli;

/** Starts the JavaFX workstation; implemented by the composition root so the CLI never depends on the UI. */
@FunctionalInterface
public interface WorkstationLauncher {
    /** Blocks until the workstation window closes (or the smoke run ends); returns the process exit code. */
    int launch(WorkstationOptions options);
}
