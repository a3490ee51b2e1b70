package org.cxrtriage.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.cxrtriage.imaging.FilmReader;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.ImageReadException;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.ModelLoader;
import org.cxrtriage.inference.TbClassifier;
import org.cxrtriage.inference.evaluation.ImageManifest;
import org.cxrtriage.inference.evaluation.ManifestRow;
import org.cxrtriage.inference.evaluation.SetMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.imageio.ImageIO;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code evaluate}: scores every image of a labelled CSV with the shipped model through the same DJL path as the
 * workstation and reports AUC (bootstrap CI), sensitivity/specificity (Wilson CIs) and "k of n flagged", overall
 * and per source, with metrics.json, predictions.csv and roc.png.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate the TB triage model on a labelled image CSV (path,label; other columns ignored).")
public final class EvaluateCommand implements Callable<Integer> {
    private static final int BATCH = 16;

    private final ModelLoader loader;
    private final FilmReader reader;
    private final Printer printer;

    @Option(names = "--manifest", required = true, paramLabel = "CSV")
    Path manifest;
    @Option(names = "--split", description = "only rows whose split column equals NAME")
    String split;
    @Option(names = "--source", split = ",", paramLabel = "NAME", description = "only rows of these sources")
    List<String> sources;
    @Option(names = "--positive", required = true, split = ",", paramLabel = "LABEL", description = "positive labels")
    List<String> positive;
    @Option(names = "--negative", split = ",", paramLabel = "LABEL",
            description = "negative labels (default: every label that is not positive)")
    List<String> negative;
    @Option(names = "--out", paramLabel = "DIR", description = "write metrics.json, predictions.csv, roc.png here")
    Path out;
    @Option(names = "--models", defaultValue = "models")
    Path models;
    @Option(names = "--model", defaultValue = ModelLoader.DEFAULT_MODEL)
    String modelId;

    /** One unreadable image and why. */
    record Unreadable(String path, String reason) {
    }

    /** metrics.json: the overall figures at top level, then the context and the per-source figures. */
    record Report(@JsonUnwrapped SetMetrics overall, String model, String modelVersion, String manifest, String split,
                  List<String> positiveLabels, List<String> negativeLabels, int unreadable,
                  List<Unreadable> unreadableFiles, Map<String, SetMetrics> perSource) {
    }

    public EvaluateCommand(ModelLoader loader, FilmReader reader, Printer printer) {
        this.loader = loader;
        this.reader = reader;
        this.printer = printer;
    }

    @Override
    public Integer call() throws Exception {
        List<ManifestRow> rows = new ArrayList<>();
        for (ManifestRow row : new ImageManifest().read(manifest)) {
            boolean inSplit = (split == null || split.equals(row.split()))
                    && (sources == null || sources.contains(row.source()));
            boolean labelled = positive.contains(row.label()) || negative == null || negative.contains(row.label());
            if (inSplit && labelled) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(manifest + ": no rows match split=" + split + " and the labels given");
        }
        List<ManifestRow> scored = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        String modelName;
        String modelVersion;
        double threshold;
        long loadStart = System.nanoTime();
        long scoreStart;
        try (TbClassifier classifier = loader.load(models, modelId);
             ClassifierSession session = classifier.newSession()) {
            modelName = classifier.descriptor().id();
            modelVersion = classifier.descriptor().version();
            threshold = classifier.descriptor().threshold();
            scoreStart = System.nanoTime();
            List<GreyImage> batch = new ArrayList<>();
            List<ManifestRow> batchRows = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ManifestRow row = rows.get(i);
                try {
                    batch.add(reader.read(row.path()));
                    batchRows.add(row);
                } catch (ImageReadException e) {
                    unreadable.add(new Unreadable(row.path().toString(), e.reason()));
                }
                if (batch.size() == BATCH || i == rows.size() - 1) {
                    for (double p : session.probabilities(batch)) {
                        scores.add(p);
                    }
                    scored.addAll(batchRows);
                    batch.clear();
                    batchRows.clear();
                    printer.progress(bar(i + 1, rows.size()), i == rows.size() - 1);
                }
            }
        }
        long end = System.nanoTime();
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] y = new boolean[s.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = positive.contains(scored.get(i).label());
        }
        SetMetrics overall = SetMetrics.of(s, y, threshold);
        Map<String, SetMetrics> perSource = perSource(scored, s, y, threshold);
        printer.line("model " + modelName + " " + modelVersion + " on " + manifest + (split == null ? "" : " split=" + split));
        printer.line(overall.summary());
        printer.line(String.format(Locale.ROOT, "%d of %d flagged", overall.flagged(), overall.n()));
        printer.line(String.format(Locale.ROOT, "timing: model load %.1f s; read + preprocess + score %d images in %.1f s"
                        + " (%.1f ms/image, batches of %d)", (scoreStart - loadStart) / 1e9, s.length,
                (end - scoreStart) / 1e9, (end - scoreStart) / 1e6 / Math.max(1, s.length), BATCH));
        perSource.forEach((source, m) -> printer.line("  source " + source + ": " + m.summary()));
        if (!unreadable.isEmpty()) {
            printer.line(unreadable.size() + " unreadable image(s), not scored:");
            unreadable.forEach(u -> printer.line("  " + u.path() + ": " + u.reason()));
        }
        if (out != null) {
            write(new Report(overall, modelName, modelVersion, manifest.toString(), split, positive,
                    negative == null ? List.of("(every other label)") : negative, unreadable.size(), unreadable,
                    perSource), scored, s, y, threshold);
        }
        return unreadable.isEmpty() ? 0 : 1;
    }

    private static Map<String, SetMetrics> perSource(List<ManifestRow> rows, double[] s, boolean[] y, double t) {
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            bySource.computeIfAbsent(rows.get(i).source().isEmpty() ? "(none)" : rows.get(i).source(),
                    k -> new ArrayList<>()).add(i);
        }
        Map<String, SetMetrics> out = new LinkedHashMap<>();
        bySource.keySet().stream().sorted().forEach(source -> {
            List<Integer> idx = bySource.get(source);
            double[] ss = idx.stream().mapToDouble(i -> s[i]).toArray();
            boolean[] yy = new boolean[idx.size()];
            for (int k = 0; k < yy.length; k++) {
                yy[k] = y[idx.get(k)];
            }
            out.put(source, SetMetrics.of(ss, yy, t));
        });
        return out;
    }

    private void write(Report report, List<ManifestRow> rows, double[] s, boolean[] y, double threshold)
            throws Exception {
        Files.createDirectories(out);
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("metrics.json").toFile(), report);
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("predictions.csv"), StandardCharsets.UTF_8)) {
            w.write("path,label,source,split,positive,probability,flagged\n");
            for (int i = 0; i < rows.size(); i++) {
                ManifestRow r = rows.get(i);
                w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%b,%.6f,%b%n", csv(r.path().toString()),
                        csv(r.label()), csv(r.source()), csv(r.split()), y[i], s[i], s[i] >= threshold));
            }
        }
        ImageIO.write(new RocPlot().draw(s, y, threshold, "ROC " + manifest.getFileName()
                + (split == null ? "" : " split=" + split)), "png", out.resolve("roc.png").toFile());
        printer.line("wrote " + out.resolve("metrics.json") + ", predictions.csv, roc.png");
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String bar(int done, int total) {
        int width = 30;
        int filled = (int) ((long) done * width / total);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
    }
}
