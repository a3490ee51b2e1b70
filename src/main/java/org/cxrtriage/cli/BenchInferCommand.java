package org.cxrtriage.cli;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.InstanceDecoder;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.ImageReadException;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.ModelLoader;
import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.TbClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench infer [--json]}: (1) per image, decode of a DICOM frame (never cached) + default window + probability
 * and Grad-CAM in one model call, median over runs; (2) batch throughput of probability-only scoring of small PNGs
 * (read + preprocessing + model, batches through the probability_only signature). Prints figures, asserts nothing.
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Time inference: per-image probability + Grad-CAM including decode, and batch scoring throughput.")
public final class BenchInferCommand implements Callable<Integer> {
    @Option(names = "--dicom", description = "DICOM file for the per-image figure (default ${DEFAULT-VALUE}).")
    Path dicom = Path.of("../shared/data/dicom/large/RG1_2500_jpll_sv1.dcm");
    @Option(names = "--pngs", description = "Folder searched for PNGs of at most --max-side pixels (default ${DEFAULT-VALUE}).")
    Path pngs = Path.of("../shared/data/cxr");
    @Option(names = "--max-side", description = "Largest PNG side used for the batch figure (default ${DEFAULT-VALUE}).")
    int maxSide = 512;
    @Option(names = "--runs", description = "Timed per-image runs after one warm-up (default ${DEFAULT-VALUE}).")
    int runs = 5;
    @Option(names = "--images", description = "PNGs scored for the batch figure (default ${DEFAULT-VALUE}).")
    int images = 128;
    @Option(names = "--batch", description = "Images per model call (default ${DEFAULT-VALUE}).")
    int batch = 16;
    @Option(names = "--json", description = "one JSON line")
    boolean json;
    @Option(names = "--models", defaultValue = "models", description = "models folder")
    Path models;

    private final ModelLoader loader;
    private final StudyLoader studies;
    private final InstanceDecoder decoder;
    private final DisplayPipeline pipeline;
    private final PictureFiles pictures;
    private final Printer printer;

    /** The --json line. */
    record Figures(String dicom, int width, int height, int runs, double median_ms_per_image, double min_ms_per_image,
                   double median_decode_ms, double median_model_ms, int batch_images, int batch,
                   double images_per_s, double model_only_images_per_s, String model, String modelVersion) {
    }

    public BenchInferCommand(ModelLoader loader, StudyLoader studies, InstanceDecoder decoder, DisplayPipeline pipeline,
                             PictureFiles pictures, Printer printer) {
        this.loader = loader;
        this.studies = studies;
        this.decoder = decoder;
        this.pipeline = pipeline;
        this.pictures = pictures;
        this.printer = printer;
    }

    @Override
    public Integer call() throws Exception {
        Instance instance = studies.load(dicom).firstImage()
                .orElseThrow(() -> new DicomException(dicom, "no image in it"));
        Films small = smallPngs();
        List<GreyImage> films = small.images();
        try (TbClassifier classifier = loader.load(models, ModelLoader.DEFAULT_MODEL);
             ClassifierSession session = classifier.newSession()) {
            double[] total = new double[runs];
            double[] decode = new double[runs];
            double[] model = new double[runs];
            GreyImage rendered = null;
            for (int i = -1; i < runs; i++) {
                long t0 = System.nanoTime();
                rendered = pipeline.renderDefault(decoder.decodeAll(instance).get(0), instance.pixels());
                long t1 = System.nanoTime();
                Prediction p = session.predict(rendered);
                long t2 = System.nanoTime();
                if (i >= 0 && p.heatmap() != null) {
                    total[i] = (t2 - t0) / 1e6;
                    decode[i] = (t1 - t0) / 1e6;
                    model[i] = (t2 - t1) / 1e6;
                }
            }
            session.probabilities(films.subList(0, Math.min(batch, films.size()))); // warm-up of the batch shape
            long b0 = System.nanoTime();
            int scored = 0;
            for (int start = 0; start < films.size(); start += batch) {
                scored += session.probabilities(films.subList(start, Math.min(films.size(), start + batch))).length;
            }
            double modelOnlySeconds = (System.nanoTime() - b0) / 1e9;
            double batchSeconds = modelOnlySeconds + small.readSeconds();
            Figures f = new Figures(dicom.getFileName().toString(), rendered.width(), rendered.height(), runs,
                    median(total), Arrays.stream(total).min().orElse(0), median(decode), median(model), scored, batch,
                    scored / batchSeconds, scored / modelOnlySeconds, classifier.descriptor().id(),
                    classifier.descriptor().version());
            report(f);
        }
        return 0;
    }

    /** The batch's films and how long reading them took (part of the batch figure). */
    private record Films(List<GreyImage> images, double readSeconds) {
    }

    /** Up to --images PNGs of at most --max-side pixels, read once. */
    private Films smallPngs() throws IOException, ImageReadException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(pngs)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")).sorted()
                    .toList();
        }
        List<GreyImage> out = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Path file : files) {
            if (out.size() >= images) {
                break;
            }
            GreyImage g = pictures.read(file);
            if (Math.max(g.width(), g.height()) <= maxSide) {
                out.add(g);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (out.isEmpty()) {
            throw new ImageReadException(pngs, "no PNG of at most " + maxSide + " px found");
        }
        return new Films(out, seconds);
    }

    private void report(Figures f) {
        if (json) {
            printer.json(f);
            return;
        }
        printer.line(String.format(Locale.ROOT, "per image (%s %dx%d, decode uncached + window + probability + "
                + "Grad-CAM), %d runs: median %.0f ms (decode %.0f ms, model %.0f ms), min %.0f ms", f.dicom(),
                f.width(), f.height(), f.runs(), f.median_ms_per_image(), f.median_decode_ms(), f.median_model_ms(),
                f.min_ms_per_image()));
        printer.line(String.format(Locale.ROOT, "batch scoring (probability only, %d PNGs <= %d px, batches of %d, "
                + "PNG read included): %.1f images/s (model + preprocessing only: %.1f images/s)", f.batch_images(),
                maxSide, f.batch(), f.images_per_s(), f.model_only_images_per_s()));
        printer.line("model " + f.model() + " " + f.modelVersion());
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s[s.length / 2];
    }
}
