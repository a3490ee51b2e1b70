package org.cxrtriage.cli;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.DicomWriter;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.InstanceDecoder;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.PixelRaster;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.imaging.DisplayImage;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.PreparedFrame;
import org.cxrtriage.imaging.WindowPresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench load FILE}: time to first image, i.e. what a reader waits between choosing an image and seeing
 * it: header read + uncached decode of frame 1 + statistics + first render with the default window. Measured for
 * FILE as stored and for an uncompressed copy written by our own {@link DicomWriter}, so the figures separate the
 * codec from the rest of the path. Median of {@code --runs} after {@code --warmup} runs in this JVM.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Time-to-first-image (decode + first render) for FILE and for an uncompressed copy of it.")
public final class BenchLoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "One DICOM image file.")
    Path file;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per variant (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "One JSON object per variant instead of text.")
    boolean json;

    /** Milliseconds from the start of the header read to the first rendered display image. */
    public record Figures(String variant, String file, String transferSyntax, int rows, int columns, int runs,
                          double medianMs, double minMs, double maxMs) {
    }

    private final StudyLoader loader;
    private final InstanceDecoder decoder;
    private final DicomWriter writer;
    private final DisplayPipeline pipeline;
    private final Printer printer;

    public BenchLoadCommand(StudyLoader loader, InstanceDecoder uncachedDecoder, DicomWriter writer,
                            DisplayPipeline pipeline, Printer printer) {
        this.loader = loader;
        this.decoder = uncachedDecoder;
        this.writer = writer;
        this.pipeline = pipeline;
        this.printer = printer;
    }

    @Override
    public Integer call() throws DicomException, IOException {
        Instance original = firstImage(file);
        Path folder = Files.createTempDirectory("cxr-bench-load");
        try {
            Path copy = folder.resolve("uncompressed.dcm");
            writer.writeUncompressedCopy(original, copy);
            List<Figures> all = new ArrayList<>();
            all.add(measure("as-stored", file));
            all.add(measure("uncompressed-copy", copy));
            for (Figures f : all) {
                if (json) {
                    printer.json(f);
                } else {
                    printer.line(String.format(Locale.ROOT,
                            "%-18s %s %dx%d  time-to-first-image median %.0f ms (min %.0f, max %.0f, %d runs)",
                            f.variant(), f.transferSyntax(), f.columns(), f.rows(), f.medianMs(), f.minMs(),
                            f.maxMs(), f.runs()));
                }
            }
            return 0;
        } finally {
            deleteQuietly(folder);
        }
    }

    private Figures measure(String variant, Path path) throws DicomException {
        for (int i = 0; i < warmup; i++) {
            firstImageShown(path);
        }
        double[] ms = new double[Math.max(1, runs)];
        Instance instance = null;
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            instance = firstImageShown(path);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Figures(variant, path.toString(), instance.transferSyntaxUid(), instance.pixels().rows(),
                instance.pixels().columns(), ms.length, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }

    /** The whole path the viewer takes for a first look; returns the instance so figures can describe it. */
    private Instance firstImageShown(Path path) throws DicomException {
        Instance instance = firstImage(path);
        PixelRaster raster = decoder.decodeAll(instance).get(0);
        PreparedFrame frame = pipeline.prepare(raster, instance.pixels());
        DisplayImage shown = pipeline.render(frame, WindowPresets.defaultVoi(frame), false);
        if (shown == null) {
            throw new DicomException(path, "rendered nothing");
        }
        return instance;
    }

    private Instance firstImage(Path path) throws DicomException {
        LoadResult result = loader.load(path);
        if (!result.failures().isEmpty()) {
            LoadResult.LoadFailure failure = result.failures().get(0);
            throw new DicomException(failure.file(), failure.reason());
        }
        return result.firstImage().orElseThrow(() -> new DicomException(path, "holds no image"));
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
