package org.cxrtriage.app;

import org.cxrtriage.cli.BenchRenderCommand;
import org.cxrtriage.cli.CliServices;
import org.cxrtriage.cli.Printer;
import org.cxrtriage.cli.WorkstationOptions;
import org.cxrtriage.dicom.CachingFrameDecoder;
import org.cxrtriage.dicom.FrameCache;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.SafeZipExtractor;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.cxrtriage.dicom.pixelmed.PixelMedStudyLoader;
import org.cxrtriage.dicom.scan.StructureScanner;
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
final class CompositionRoot {
    /** Decoded frames kept in memory: about 40 chest films of 2500x2500 as int samples. */
    private static final long FRAME_CACHE_BYTES = 1L << 30;
    private static final long ZIP_MAX_BYTES = 4L << 30;
    private static final int ZIP_MAX_ENTRIES = 20_000;
    /** Background workers for the UI: two cores on the reference machine, decoding is CPU-bound. */
    private static final int UI_WORKERS = 2;

    private final StructureScanner scanner = new StructureScanner();
    private final PixelMedStudyLoader studyLoader = new PixelMedStudyLoader(scanner,
            new SafeZipExtractor(ZIP_MAX_BYTES, ZIP_MAX_ENTRIES), tempRoot());
    private final FrameDecoder frameDecoder = new CachingFrameDecoder(new PixelMedInstanceDecoder(scanner),
            new FrameCache(FRAME_CACHE_BYTES));
    private final DisplayPipeline displayPipeline = new DisplayPipeline();

    CliServices cliServices() {
        return (Printer printer) -> List.of(
                new BenchRenderCommand(printer, displayPipeline, studyLoader, frameDecoder));
    }

    int launchWorkstation(WorkstationOptions options) {
        WorkstationRuntime runtime = new WorkstationRuntime(studyLoader, frameDecoder, displayPipeline, uiPool(),
                dataDir().resolve("recent-studies.txt"), SampleStudy.locate().orElse(null));
        try {
            return runtime.run(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the workstation was running", e);
        } finally {
            studyLoader.close();
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

    private static Path tempRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "cxr-triage");
    }
}
