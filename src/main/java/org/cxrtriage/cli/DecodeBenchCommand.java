package org.cxrtriage.cli;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.InstanceDecoder;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.dicom.TransferSyntaxes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code bench decode FILE [--repeat N] [--json]}: how long the header read, an uncached decode and a cached
 * frame request take for one file, measured in this JVM (the first decode also pays for class loading, so
 * several runs are reported).
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Time header load, uncached decode and cached frame access for one DICOM file.")
public final class DecodeBenchCommand implements Callable<Integer> {
    private static final int CACHED_REQUESTS = 100_000;

    @Parameters(paramLabel = "FILE", description = "One DICOM image file.")
    Path file;

    @Option(names = "--repeat", defaultValue = "3", description = "Uncached decodes to time (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--json", description = "One JSON object instead of text.")
    boolean json;

    /** The figures, in milliseconds except the cached request (microseconds). */
    public record Figures(String file, int rows, int columns, int frames, String transferSyntax, double headerMs,
                          double decodeMinMs, double decodeMedianMs, double decodeMaxMs, double cachedRequestMicros) {
    }

    private final StudyLoader loader;
    private final InstanceDecoder uncached;
    private final FrameDecoder cached;
    private final Printer printer;

    public DecodeBenchCommand(StudyLoader loader, InstanceDecoder uncached, FrameDecoder cached, Printer printer) {
        this.loader = loader;
        this.uncached = uncached;
        this.cached = cached;
        this.printer = printer;
    }

    @Override
    public Integer call() throws DicomException {
        long t0 = System.nanoTime();
        LoadResult result = loader.load(file);
        double headerMs = (System.nanoTime() - t0) / 1e6;
        if (!result.failures().isEmpty()) {
            LoadResult.LoadFailure failure = result.failures().get(0);
            printer.error("error: " + failure.file() + ": " + failure.reason());
            return 1;
        }
        Instance instance = result.firstImage()
                .orElseThrow(() -> new DicomException(file, "holds no image to decode"));
        double[] runs = new double[Math.max(1, repeat)];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            uncached.decodeAll(instance);
            runs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(runs);
        cached.decode(instance, 0); // fills the cache
        long start = System.nanoTime();
        for (int i = 0; i < CACHED_REQUESTS; i++) {
            cached.decode(instance, 0);
        }
        double cachedMicros = (System.nanoTime() - start) / 1e3 / CACHED_REQUESTS;
        Figures figures = new Figures(file.toString(), instance.pixels().rows(), instance.pixels().columns(),
                instance.frameCount(), TransferSyntaxes.describe(instance.transferSyntaxUid()), headerMs,
                runs[0], runs[runs.length / 2], runs[runs.length - 1], cachedMicros);
        print(figures, runs.length);
        return 0;
    }

    private void print(Figures f, int runs) {
        if (json) {
            printer.json(f);
            return;
        }
        printer.line(f.file() + ": " + f.rows() + "x" + f.columns() + ", " + f.frames() + " frame(s), "
                + f.transferSyntax());
        printer.format("  header load:      %.1f ms%n", f.headerMs());
        printer.format("  uncached decode:  min %.0f ms, median %.0f ms, max %.0f ms (%d runs, all frames)%n",
                f.decodeMinMs(), f.decodeMedianMs(), f.decodeMaxMs(), runs);
        printer.format("  cached frame:     %.2f us per request (%d requests)%n", f.cachedRequestMicros(),
                CACHED_REQUESTS);
    }
}
