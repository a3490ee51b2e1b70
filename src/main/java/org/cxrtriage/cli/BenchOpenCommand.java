package org.cxrtriage.cli;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench open DIR}: how long the workstation's loader takes to list a folder (DICOM headers, PNG/JPEG
 * headers and structure checks, picture UIDs from the file bytes) before the browser can show it. Median of
 * {@code --runs} after {@code --warmup} runs in this JVM (the second and later runs read from the page cache).
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Time opening a file or folder (DICOM and PNG/JPEG) as the workstation opens it.")
public final class BenchOpenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", description = "File or folder to open.")
    Path path;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed runs first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "One JSON object instead of text.")
    boolean json;

    /** What opening found, and how long it took. */
    public record Figures(String path, int images, int studies, int failures, int skipped, int runs,
                          double medianMs, double minMs, double maxMs, double medianMsPerImage) {
    }

    private final StudyLoader loader;
    private final Printer printer;

    public BenchOpenCommand(StudyLoader loader, Printer printer) {
        this.loader = loader;
        this.printer = printer;
    }

    @Override
    public Integer call() throws DicomException {
        for (int i = 0; i < warmup; i++) {
            loader.load(path);
        }
        double[] ms = new double[Math.max(1, runs)];
        LoadResult result = null;
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            result = loader.load(path);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        int images = (int) result.studies().stream().mapToLong(s -> s.instances().size()).sum();
        double median = ms[ms.length / 2];
        Figures f = new Figures(path.toString(), images, result.studies().size(), result.failures().size(),
                result.skippedNonDicom(), ms.length, median, ms[0], ms[ms.length - 1],
                images == 0 ? 0 : median / images);
        if (json) {
            printer.json(f);
        } else {
            printer.line(String.format(Locale.ROOT, "%s: %d images in %d studies, %d failed, %d skipped; "
                            + "median %.1f ms (min %.1f, max %.1f, %d runs), %.3f ms per image", f.path(), f.images(),
                    f.studies(), f.failures(), f.skipped(), f.medianMs(), f.minMs(), f.maxMs(), f.runs(),
                    f.medianMsPerImage()));
        }
        return 0;
    }
}
