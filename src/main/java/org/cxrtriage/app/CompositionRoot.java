package org.cxrtriage.app;

import org.cxrtriage.cli.BenchRenderCommand;
import org.cxrtriage.cli.CliServices;
import org.cxrtriage.cli.DecodeBenchCommand;
import org.cxrtriage.cli.InfoCommand;
import org.cxrtriage.cli.Printer;
import org.cxrtriage.cli.WorkstationOptions;
import org.cxrtriage.imaging.DisplayPipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds every long-lived service once, with constructors, and hands them to the CLI commands and the
 * workstation. The only place that knows concrete implementations (PixelMed, DJL, the store).
 */
final class CompositionRoot implements AutoCloseable {
    /** Background workers for the UI: two cores on the reference machine, decoding is CPU-bound. */
    private static final int UI_WORKERS = 2;

    private final DicomModule dicom;
    private final DisplayPipeline displayPipeline = new DisplayPipeline();

    CompositionRoot() {
        this(DicomModule.fromSystemProperties());
    }

    CompositionRoot(DicomModule dicom) {
        this.dicom = dicom;
    }

    CliServices cliServices() {
        return (Printer printer) -> List.of(
                new InfoCommand(dicom.loader(), dicom.decoder(), printer),
                new DecodeBenchCommand(dicom.loader(), dicom.uncachedDecoder(), dicom.decoder(), printer),
                new BenchRenderCommand(printer, displayPipeline, dicom.loader(), dicom.decoder()));
    }

    int launchWorkstation(WorkstationOptions options) {
        WorkstationRuntime runtime = new WorkstationRuntime(dicom.loader(), dicom.decoder(), displayPipeline,
                uiPool(), dataDir().resolve("recent-studies.txt"), SampleStudy.locate().orElse(null));
        try {
            return runtime.run(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the workstation was running", e);
        }
    }

    /** Daemon workers, so a stuck decode can never keep the process alive after the window closed. */
    private static ExecutorService uiPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(UI_WORKERS, r -> {
            Thread t = new Thread(r, "cxr-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Per-user state (recent studies): {@code cxr.data.dir} if set (tests), else $XDG_DATA_HOME/cxr-triage,
     * else ~/.local/share/cxr-triage.
     */
    static Path dataDir() {
        String configured = System.getProperty("cxr.data.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cxr-triage");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "cxr-triage");
    }

    @Override
    public void close() {
        dicom.close();
    }
}
