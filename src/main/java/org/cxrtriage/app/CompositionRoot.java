package org.cxrtriage.app;

import org.cxrtriage.cli.CliServices;
import org.cxrtriage.cli.DecodeBenchCommand;
import org.cxrtriage.cli.InfoCommand;
import org.cxrtriage.cli.Printer;
import org.cxrtriage.cli.WorkstationOptions;

import java.util.List;

/**
 * Builds every long-lived service once, with constructors, and hands them to the CLI commands and the
 * workstation. The only place that knows concrete implementations (PixelMed, DJL, the store).
 */
final class CompositionRoot implements AutoCloseable {
    private final DicomModule dicom;

    CompositionRoot() {
        this(DicomModule.fromSystemProperties());
    }

    CompositionRoot(DicomModule dicom) {
        this.dicom = dicom;
    }

    CliServices cliServices() {
        return (Printer printer) -> List.of(
                new InfoCommand(dicom.loader(), dicom.decoder(), printer),
                new DecodeBenchCommand(dicom.loader(), dicom.uncachedDecoder(), dicom.decoder(), printer));
    }

    int launchWorkstation(WorkstationOptions options) {
        throw new UnsupportedOperationException("workstation not wired yet");
    }

    @Override
    public void close() {
        dicom.close();
    }
}
