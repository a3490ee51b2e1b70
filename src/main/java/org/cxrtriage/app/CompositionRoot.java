package org.cxrtriage.app;

import org.cxrtriage.cli.ExportSrCommand;
import org.cxrtriage.cli.ReviewCommand;
import org.cxrtriage.dicom.pixelmed.PixelMedSrReader;
import org.cxrtriage.dicom.pixelmed.PixelMedSrWriter;
import org.cxrtriage.dicom.sr.Equipment;
import org.cxrtriage.review.export.StudySrExporter;

import java.time.Clock;

import org.cxrtriage.cli.BenchCommand;
import org.cxrtriage.cli.BenchInferCommand;
import org.cxrtriage.cli.BenchUiCommand;
import org.cxrtriage.cli.BenchLoadCommand;
import org.cxrtriage.cli.BenchOpenCommand;
import org.cxrtriage.cli.BenchRenderCommand;
import org.cxrtriage.cli.CliServices;
import org.cxrtriage.cli.DecodeBenchCommand;
import org.cxrtriage.cli.InfoCommand;
import org.cxrtriage.cli.Printer;
import org.cxrtriage.cli.WorkstationOptions;
import org.cxrtriage.cli.EvaluateCommand;
import org.cxrtriage.cli.PredictCommand;
import org.cxrtriage.cli.TeachingSetCommand;
import org.cxrtriage.cli.TrainCommand;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.DicomFilms;
import org.cxrtriage.imaging.FilmReader;
import org.cxrtriage.imaging.FilmReaders;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.imaging.TeachingSlide;
import org.cxrtriage.inference.ModelLoader;
import org.cxrtriage.inference.TensorFlowNatives;
import org.cxrtriage.inference.triage.ClassifierProvider;
import org.cxrtriage.inference.triage.ImageAnalyser;
import org.cxrtriage.review.teaching.TeachingSetReader;
import org.cxrtriage.training.Trainer;

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
    /** Software version written into exported SRs (Equipment module). */
    static final String SOFTWARE_VERSION = "0.1.0";

    private final DicomModule dicom;
    private final DisplayPipeline displayPipeline = new DisplayPipeline();
    private final PictureFiles pictures = new PictureFiles();
    /** Loads models on first use only: commands that need no model never start the TensorFlow engine. */
    private final ModelLoader models = new ModelLoader(new TensorFlowNatives());
    /** The workstation's model: loaded by the first analysis, in the background, and closed with the root. */
    private final ClassifierProvider workstationModel = new ClassifierProvider(models,
            SampleStudy.locateModels().orElse(Path.of("models")), ModelLoader.DEFAULT_MODEL);

    CompositionRoot() {
        this(DicomModule.fromSystemProperties());
    }

    /** The review store: opened by the first command or window that records or reads decisions. */
    private final ReviewModule review;

    CompositionRoot(DicomModule dicom) {
        this(dicom, new ReviewModule(dataDir(), System.getProperty("user.name", "unknown"), Clock.systemUTC()));
    }

    CompositionRoot(DicomModule dicom, ReviewModule review) {
        this.dicom = dicom;
        this.review = review;
    }

    CliServices cliServices() {
        return (Printer printer) -> List.of(
                new InfoCommand(dicom.loader(), dicom.decoder(), printer),
                BenchCommand.withBenchmarks(List.of(
                        new BenchLoadCommand(dicom.loader(), dicom.uncachedDecoder(), dicom.writer(), displayPipeline,
                                printer),
                        new DecodeBenchCommand(dicom.loader(), dicom.uncachedDecoder(), dicom.decoder(), printer),
                        new BenchRenderCommand(printer, displayPipeline, dicom.loader(), dicom.decoder()),
                        new BenchInferCommand(models, dicom.loader(), dicom.uncachedDecoder(), displayPipeline,
                                pictures, printer),
                        new BenchUiCommand(this::measurePulses, printer),
                        new BenchOpenCommand(dicom.loaderWithPictures(), printer))),
                new TrainCommand(new Trainer(pictures), printer),
                new PredictCommand(models, films(), printer),
                new EvaluateCommand(models, films(), printer),
                new ReviewCommand(dicom.loaderWithPictures(), new ImageAnalyser(workstationModel, dicom.decoder(), displayPipeline),
                        review::session, review::session, printer),
                new ExportSrCommand(dicom.loader(), review::session, this::srExporter, printer),
                new TeachingSetCommand(new TeachingSetReader(), models, films(), new TeachingSlide(),
                        SampleStudy.locateModels().orElse(Path.of("models")), printer));
    }

    /** SR export with the site's UID root from the review preferences, never the toolkit's. */
    private StudySrExporter srExporter() {
        return new StudySrExporter(new PixelMedSrReader(), new PixelMedSrWriter(), review.preferences().uidGenerator(),
                new Equipment("CXR Triage project", "CXR Triage", SOFTWARE_VERSION), Clock.systemUTC());
    }

    int launchWorkstation(WorkstationOptions options) {
        try {
            return runtime().run(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the workstation was running", e);
        }
    }

    private BenchUiCommand.Figures measurePulses(Path study) throws InterruptedException {
        var f = runtime().measurePulses(study);
        return new BenchUiCommand.Figures(study.getFileName().toString(), f.longestGapMs(), f.medianGapMs(),
                f.pulses(), f.seconds());
    }

    private WorkstationRuntime runtime() {
        return new WorkstationRuntime(dicom.loaderWithPictures(), dicom.decoder(), displayPipeline,
                uiPool(), dataDir(), SampleStudy.locate().orElse(null),
                new ImageAnalyser(workstationModel, dicom.decoder(), displayPipeline), review.session());
    }

    /** PNG/JPEG through the shared picture reader, DICOM rendered with its default window: one 8-bit grey image. */
    private FilmReader films() {
        return new FilmReaders(List.of(pictures, new DicomFilms(dicom.loader(), dicom.decoder(), displayPipeline)));
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
        workstationModel.close();
        review.close();
        dicom.close();
    }
}
