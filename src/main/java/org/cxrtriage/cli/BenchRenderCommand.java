package org.cxrtriage.cli;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.ModalityLut;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.PixelRaster;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.PreparedFrame;
import org.cxrtriage.imaging.VoiFunction;
import org.cxrtriage.imaging.VoiLutStage;
import org.cxrtriage.imaging.WindowPresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cxr-triage bench render [FILE]}: how long one window/level re-render takes (what a right-drag costs),
 * on the first image of FILE or on a synthetic 15-bit frame of the given size. Prints figures, asserts nothing.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Time the display pipeline (window/level re-render) on a DICOM image or a synthetic frame.")
public final class BenchRenderCommand implements Callable<Integer> {

    @Option(names = "--size", description = "Synthetic frame side in pixels (default ${DEFAULT-VALUE}).")
    int size = 2500;

    @Option(names = "--iterations", description = "Timed renders (default ${DEFAULT-VALUE}).")
    int iterations = 30;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "DICOM file; its first image is rendered.")
    Path file;

    private final Printer printer;
    private final DisplayPipeline pipeline;
    private final StudyLoader loader;
    private final FrameDecoder decoder;

    public BenchRenderCommand(Printer printer, DisplayPipeline pipeline, StudyLoader loader, FrameDecoder decoder) {
        this.printer = printer;
        this.pipeline = pipeline;
        this.loader = loader;
        this.decoder = decoder;
    }

    @Override
    public Integer call() throws DicomException {
        PixelRaster raster;
        PixelDescription description;
        String source;
        if (file != null) {
            Instance instance = loader.load(file).firstImage()
                    .orElseThrow(() -> new DicomException(file, "no image in it"));
            long t0 = System.nanoTime();
            raster = decoder.decode(instance, 0);
            printer.line(String.format(Locale.ROOT, "decode: %.1f ms", (System.nanoTime() - t0) / 1e6));
            description = instance.pixels();
            source = file.getFileName().toString();
        } else {
            raster = synthetic(size);
            description = new PixelDescription("MONOCHROME1", size, size, 1, 16, 15, false, 1,
                    new ModalityLut.Rescale(1, 0, ""), List.of(), List.of(), null);
            source = "synthetic";
        }
        long t0 = System.nanoTime();
        PreparedFrame frame = pipeline.prepare(raster, description);
        double prepareMs = (System.nanoTime() - t0) / 1e6;
        VoiLutStage.Window base = WindowPresets.auto(frame);
        for (int i = 0; i < 5; i++) { // warm-up: let the JIT compile the inner loops
            pipeline.render(frame, base.adjusted(i, i), i % 2 == 0);
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            VoiLutStage voi = new VoiLutStage.Window(base.center() + 7 * i, base.width() + 11 * i, VoiFunction.LINEAR);
            long s = System.nanoTime();
            pipeline.render(frame, voi, i % 2 == 1);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        printer.line(String.format(Locale.ROOT, "source: %s %dx%d, stored range %d..%d", source, raster.width(), raster.height(),
                frame.statistics().min(), frame.statistics().max()));
        printer.line(String.format(Locale.ROOT, "prepare (statistics): %.1f ms", prepareMs));
        printer.line(String.format(Locale.ROOT, "render x%d: median %.1f ms, min %.1f ms, max %.1f ms", iterations,
                ms[iterations / 2], ms[0], ms[iterations - 1]));
        return 0;
    }

    /** A smooth 15-bit field with fine texture, so the table covers a realistic stored range. */
    private static PixelRaster synthetic(int side) {
        int[] samples = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double v = 16000 + 12000 * Math.sin(x * 0.004) * Math.cos(y * 0.003) + ((x * 31 + y * 17) % 97) * 20;
                samples[y * side + x] = (int) v;
            }
        }
        return new PixelRaster(side, side, 1, samples);
    }
}
