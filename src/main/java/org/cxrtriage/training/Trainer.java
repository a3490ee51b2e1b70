package org.cxrtriage.training;

import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.inference.Checksums;
import org.cxrtriage.inference.ModelDescriptor;
import org.cxrtriage.inference.Preprocessing;
import org.cxrtriage.inference.evaluation.BinaryStatistics;
import org.cxrtriage.inference.evaluation.SetMetrics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the TB CNN on split=train, picks the epoch on split=val (mean of the within-source and the mixed
 * validation AUC), sets the threshold on split=val, reports every
 * evaluation set and exports the model folder (SavedModel, model.json, SHA256SUMS).
 */
public final class Trainer {
    private static final double TARGET_SENSITIVITY = 0.90;
    private static final int EVAL_BATCH = 32;

    private final PictureFiles pictures;

    public Trainer(PictureFiles pictures) {
        this.pictures = pictures;
    }

    public ModelDescriptor train(TrainingConfig config, TrainingListener listener) throws IOException {
        List<Example> all = new TrainingData(pictures).load(config.manifest(), listener);
        List<Example> train = all.stream().filter(e -> e.split().equals("train")).toList();
        List<Example> val = all.stream().filter(e -> e.split().equals("val") && isBinary(e)).toList();
        List<Example> valWithin = val.stream().filter(e -> ReportSets.BOTH_LABEL_SOURCES.contains(e.source())).toList();
        Preprocessing preprocessing = new Preprocessing(config.inputSize(), config.cropFraction());
        TbNetwork network = new TbNetwork(NetworkSpec.standard(config.inputSize()));
        BalancedSampler sampler = new BalancedSampler(train, config.groupWeights(), config.maxImagesPerGroup(),
                config.seed());
        listener.message("training on " + sampler.exampleCount() + " images in " + sampler.groupCount()
                + " groups; validating on " + val.size() + " (" + valWithin.size() + " from both-label sources)");
        float[] valInputs = inputs(preprocessing, val);
        int valWithinCount = valWithin.size();

        List<NamedTensor> best;
        double bestScore = Double.NEGATIVE_INFINITY;
        try (TrainingGraph graph = TrainingGraph.fresh(network, config.seed(), (float) config.weightDecay())) {
            best = graph.snapshot();
            int totalSteps = config.epochs() * config.stepsPerEpoch();
            int done = 0;
            long start = System.nanoTime();
            int pixels = config.inputSize() * config.inputSize();
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                double lossSum = 0;
                for (int step = 1; step <= config.stepsPerEpoch(); step++) {
                    float[] x = new float[config.batchSize() * pixels];
                    float[] y = new float[config.batchSize()];
                    float[] w = new float[config.batchSize()];
                    for (int b = 0; b < config.batchSize(); b++) {
                        Example e = sampler.next();
                        System.arraycopy(preprocessing.toInput(e.image(), sampler.jitter()), 0, x, b * pixels, pixels);
                        y[b] = e.tb() ? 1 : 0;
                        w[b] = sampler.weight(e);
                    }
                    float lr = learningRate(config, done, totalSteps);
                    float loss = graph.train(x, y, w, lr);
                    lossSum += loss;
                    done++;
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    double rate = done * config.batchSize() / elapsed;
                    listener.step(epoch, config.epochs(), step, config.stepsPerEpoch(), loss, rate,
                            elapsed / done * (totalSteps - done));
                }
                double[] p = predict(graph, valInputs, val.size(), pixels);
                double valAuc = BinaryStatistics.auc(p, labels(val));
                double[] pWithin = new double[valWithinCount];
                boolean[] yWithin = new boolean[valWithinCount];
                int k = 0;
                for (int i = 0; i < val.size(); i++) {
                    if (ReportSets.BOTH_LABEL_SOURCES.contains(val.get(i).source())) {
                        pWithin[k] = p[i];
                        yWithin[k++] = val.get(i).tb();
                    }
                }
                double withinAuc = BinaryStatistics.auc(pWithin, yWithin);
                // Selection: mean of the within-source val AUC (the 70 val rows of the sources with both labels,
                // immune to the site shortcut but too few to select on alone: its standard error is ~0.03) and
                // the mixed val AUC (which adds the 120 TBX11K positives).
                double score = (withinAuc + valAuc) / 2;
                boolean improved = score > bestScore;
                if (improved) {
                    bestScore = score;
                    best = graph.snapshot();
                }
                listener.epoch(epoch, lossSum / config.stepsPerEpoch(), valAuc, withinAuc, improved);
            }
        }
        return export(config, network, preprocessing, best, all, val, listener);
    }

    private ModelDescriptor export(TrainingConfig config, TbNetwork network, Preprocessing preprocessing,
                                   List<NamedTensor> best, List<Example> all, List<Example> val,
                                   TrainingListener listener) throws IOException {
        Path folder = config.outputFolder();
        if (Files.exists(folder.resolve("saved_model"))) {
            throw new IOException(folder + ": already holds a saved_model; choose a new folder");
        }
        Files.createDirectories(folder);
        Path savedModel = folder.resolve("saved_model");
        new SavedModelWriter().export(network, best, savedModel);
        listener.message("exported SavedModel to " + savedModel);

        Map<String, SetMetrics> metrics = new LinkedHashMap<>();
        double threshold;
        try (TrainingGraph graph = TrainingGraph.restoring(network, best)) {
            int pixels = config.inputSize() * config.inputSize();
            double[] pVal = predict(graph, inputs(preprocessing, val), val.size(), pixels);
            threshold = BinaryStatistics.thresholdForSensitivity(pVal, labels(val), TARGET_SENSITIVITY);
            for (Map.Entry<String, List<Example>> set : ReportSets.of(all).entrySet()) {
                List<Example> members = set.getValue();
                double[] p = predict(graph, inputs(preprocessing, members), members.size(), pixels);
                SetMetrics m = SetMetrics.of(p, labels(members), threshold);
                metrics.put(set.getKey(), m);
                listener.message(set.getKey() + ": " + m.summary());
            }
        }
        ModelDescriptor descriptor = new ModelDescriptor(config.modelId(), config.version(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "Triage aid that flags chest radiographs for TB review; never a diagnosis.",
                "saved_model",
                new ModelDescriptor.Signatures("serving_default", SavedModelWriter.BATCH_SIGNATURE,
                        SavedModelWriter.INPUT, SavedModelWriter.PROBABILITY, SavedModelWriter.HEATMAP),
                new ModelDescriptor.Preprocess(Preprocessing.NAME, preprocessing.inputSize(),
                        preprocessing.cropFraction()),
                network.spec().camSize(), threshold,
                "highest threshold with sensitivity >= 0.90 on split=val (WHO triage target)",
                Checksums.sha256(config.manifest()), config.commandLine(), config.seed(), metrics);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve(ModelDescriptor.FILE_NAME).toFile(), descriptor);
        Checksums.write(folder);
        listener.message("wrote " + folder.resolve(ModelDescriptor.FILE_NAME) + " and " + Checksums.FILE_NAME);
        return descriptor;
    }

    private static boolean isBinary(Example e) {
        return e.tb() || e.label().equals("normal");
    }

    /** Linear warm-up over the first 5% of steps, then cosine decay to 2% of the peak rate. */
    static float learningRate(TrainingConfig config, int step, int totalSteps) {
        int warm = Math.max(1, totalSteps / 20);
        if (step < warm) {
            return (float) (config.learningRate() * (step + 1) / warm);
        }
        double t = (double) (step - warm) / Math.max(1, totalSteps - warm);
        return (float) (config.learningRate() * (0.02 + 0.98 * 0.5 * (1 + Math.cos(Math.PI * t))));
    }

    private static float[] inputs(Preprocessing preprocessing, List<Example> examples) {
        int pixels = preprocessing.inputSize() * preprocessing.inputSize();
        float[] out = new float[examples.size() * pixels];
        for (int i = 0; i < examples.size(); i++) {
            System.arraycopy(preprocessing.toInput(examples.get(i).image()), 0, out, i * pixels, pixels);
        }
        return out;
    }

    private static double[] predict(TrainingGraph graph, float[] inputs, int n, int pixels) {
        double[] out = new double[n];
        for (int start = 0; start < n; start += EVAL_BATCH) {
            int count = Math.min(EVAL_BATCH, n - start);
            float[] batch = new float[count * pixels];
            System.arraycopy(inputs, start * pixels, batch, 0, count * pixels);
            float[] p = graph.predict(batch, count);
            for (int i = 0; i < count; i++) {
                out[start + i] = p[i];
            }
        }
        return out;
    }

    private static boolean[] labels(List<Example> examples) {
        boolean[] out = new boolean[examples.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = examples.get(i).tb();
        }
        return out;
    }
}
