package org.cxrtriage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code cxr-triage [--smoke] [--screenshot PNG] [--mode M] [--window-size WxH] [FILE|DIR]} opens the workstation; subcommands
 * (registered by {@link CommandLineFactory}) run headless.
 */
@Command(name = "cxr-triage", mixinStandardHelpOptions = true, version = "CXR Triage 0.1.0",
        description = {"Chest radiograph reading workstation with a local TB triage model.",
                "Not a diagnostic device: every output is a triage aid for a clinician."})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--smoke", description = "Start, open the study, wait until it is displayed, then exit 0 (or non-zero with the reason).")
    boolean smoke;

    @Option(names = "--screenshot", paramLabel = "PNG", description = "With --smoke: save a screenshot of the main window.")
    Path screenshot;

    @Option(names = "--mode", paramLabel = "MODE", description = "radiologist, point-of-care or teaching (default: the mode used last; switching is remembered).")
    String mode;

    @Option(names = "--window-size", paramLabel = "WxH", description = "Size of the window's content, e.g. 1366x768 (default: the screen, up to 1600x1000).")
    String windowSize;

    @Parameters(arity = "0..1", paramLabel = "FILE|DIR", description = "DICOM file, PNG/JPEG picture, folder (DICOM and/or PNG/JPEG), DICOMDIR or zip "
            + "(default: the bundled sample study).")
    Path open;

    private final WorkstationLauncher launcher;
    private boolean launched;

    public RootCommand(WorkstationLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        launched = true;
        return launcher.launch(new WorkstationOptions(open, smoke, screenshot, mode, windowSize));
    }

    /** True when this run opened the workstation (as opposed to a subcommand or --help). */
    public boolean launchedWorkstation() {
        return launched;
    }
}
