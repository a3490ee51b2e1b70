package org.cxrtriage.app;

import org.cxrtriage.cli.CliServices;
import org.cxrtriage.cli.Printer;
import org.cxrtriage.cli.WorkstationOptions;

import java.util.List;

/**
 * Builds every long-lived service once, with constructors, and hands them to the CLI commands and the
 * workstation. The only place that knows concrete implementations (PixelMed, DJL, the store).
 */
final class CompositionRoot {

    CliServices cliServices() {
        return (Printer printer) -> List.of();
    }

    int launchWorkstation(WorkstationOptions options) {
        throw new UnsupportedOperationException("workstation not wired yet");
    }
}
