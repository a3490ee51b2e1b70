package org.cxrtriage.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cxrtriage.imaging.FilmReader;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.HeatmapOverlay;
import org.cxrtriage.imaging.SaliencyMap;
import org.cxrtriage.imaging.SaliencyStyle;
import org.cxrtriage.imaging.ImageReadException;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.Heatmap;
import org.cxrtriage.inference.InferenceException;
import org.cxrtriage.inference.ModelLoader;
import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.TbClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code predict}: one TB triage result per image, optionally with a Grad-CAM overlay PNG. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Score chest radiographs (PNG, JPEG, DICOM) with the shipped TB triage model. Not a diagnosis.")
public final class PredictCommand implements Callable<Integer> {
    private final ModelLoader loader;
    private final FilmReader reader;
    private final Printer printer;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;
    @Option(names = "--heatmap", paramLabel = "DIR", description = "write IMAGE.heatmap.png with the Grad-CAM overlay")
    Path heatmapFolder;
    @Option(names = "--json", description = "one JSON object per line")
    boolean json;
    @Option(names = "--models", defaultValue = "models", description = "models folder")
    Path models;
    @Option(names = "--model", defaultValue = ModelLoader.DEFAULT_MODEL, description = "model id")
    String modelId;

    /** One --json output line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonLine(String file, double probability, boolean flagged, double threshold, String model,
                    String modelVersion, String heatmap) {
    }

    public PredictCommand(ModelLoader loader, FilmReader reader, Printer printer) {
        this.loader = loader;
        this.reader = reader;
        this.printer = printer;
    }

    @Override
    public Integer call() throws Exception {
        FileExpansion.Expanded expanded = FileExpansion.expand(inputs, reader::handles);
        List<Path> files = expanded.files();
        if (expanded.skippedNonImages() > 0) {
            printer.error("note: skipped " + expanded.skippedNonImages() + " file(s) in folders that are neither"
                    + " PNG/JPEG nor DICOM");
        }
        if (heatmapFolder != null) {
            Files.createDirectories(heatmapFolder);
        }
        int failures = 0;
        long start = System.nanoTime();
        long modelTime = 0;
        int scored = 0;
        try (TbClassifier classifier = loader.load(models, modelId);
             ClassifierSession session = classifier.newSession()) {
            long loaded = System.nanoTime();
            for (Path file : files) {
                try {
                    GreyImage image = reader.read(file);
                    long t0 = System.nanoTime();
                    Prediction prediction = session.predict(image);
                    modelTime += System.nanoTime() - t0;
                    scored++;
                    Path overlay = heatmapFolder == null ? null : writeOverlay(file, image, prediction);
                    report(file, prediction, overlay);
                } catch (ImageReadException | InferenceException e) {
                    failures++;
                    printer.error("error: " + e.getMessage());
                }
            }
            if (!json && scored > 0) {
                printer.line(String.format(Locale.ROOT, "timing: model load %.1f s, preprocess + model call %.1f ms/image"
                        + " over %d image(s) (first call includes warm-up)", (loaded - start) / 1e9,
                        modelTime / 1e6 / scored, scored));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private Path writeOverlay(Path file, GreyImage image, Prediction prediction) throws IOException {
        Heatmap h = prediction.heatmap();
        String caption = String.format(Locale.ROOT, "p=%.3f %s", prediction.probability(),
                prediction.flagged() ? "FLAGGED" : "not flagged");
        Path out = heatmapFolder.resolve(file.getFileName() + ".heatmap.png");
        ImageIO.write(new HeatmapOverlay().render(image,
                        new SaliencyMap(h.width(), h.height(), h.values(), h.cropFraction()), SaliencyStyle.DEFAULT, caption),
                "png", out.toFile());
        return out;
    }

    private void report(Path file, Prediction p, Path overlay) {
        if (json) {
            printer.json(new JsonLine(file.toString(), p.probability(), p.flagged(), p.threshold(), p.modelId(),
                    p.modelVersion(), overlay == null ? null : overlay.toString()));
        } else {
            printer.line(String.format(Locale.ROOT, "%s  TB probability %.4f  %s (threshold %.4f, %s %s)%s",
                    file, p.probability(), p.flagged() ? "FLAGGED for TB review" : "not flagged", p.threshold(),
                    p.modelId(), p.modelVersion(), overlay == null ? "" : "  heatmap " + overlay));
        }
    }
}
