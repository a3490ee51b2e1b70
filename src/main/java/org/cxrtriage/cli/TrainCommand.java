package org.cxrtriage.cli;

import org.cxrtriage.inference.ModelDescriptor;
import org.cxrtriage.training.Trainer;
import org.cxrtriage.training.TrainingConfig;
import org.cxrtriage.training.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code train}: trains the TB CNN with TensorFlow Java and exports the model folder. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the TB triage CNN on split=train, select on split=val, export SavedModel + model.json.")
public final class TrainCommand implements Callable<Integer> {
    /** Default sampling weights: the both-label sources dominate; TBX11K positives are kept rare (site trap). */
    static final List<String> DEFAULT_GROUPS = List.of(
            "shenzhen/normal=2", "shenzhen/tb=2", "tbx11k-da/normal=1", "tbx11k-da/tb=1",
            "tbx11k-db/normal=1", "tbx11k-db/tb=1", "tbx11k/tb=1");

    private final Trainer trainer;
    private final Printer printer;

    @Option(names = "--manifest", required = true, description = "training manifest CSV (path,label,source,split)")
    Path manifest;
    @Option(names = "--out", defaultValue = "models/tb-cxr-v1", description = "model folder to create")
    Path out;
    @Option(names = "--id", defaultValue = "tb-cxr-v1")
    String id;
    @Option(names = "--model-version", defaultValue = "1.0.0")
    String version;
    @Option(names = "--size", defaultValue = "192", description = "input size in pixels")
    int size;
    @Option(names = "--crop", defaultValue = "0.9", description = "central crop fraction")
    double crop;
    @Option(names = "--epochs", defaultValue = "24")
    int epochs;
    @Option(names = "--steps-per-epoch", defaultValue = "32")
    int stepsPerEpoch;
    @Option(names = "--batch", defaultValue = "32")
    int batch;
    @Option(names = "--lr", defaultValue = "0.002")
    double learningRate;
    @Option(names = "--weight-decay", defaultValue = "0.0001")
    double weightDecay;
    @Option(names = "--seed", defaultValue = "42")
    long seed;
    @Option(names = "--group", description = "source/label=weight sampling weight (repeatable; replaces the defaults)")
    List<String> groups;
    @Option(names = "--max-per-group", defaultValue = "0", description = "use at most N images per group (smoke tests)")
    int maxPerGroup;
    @Option(names = "--log-every", defaultValue = "10", description = "print a progress line every N steps")
    int logEvery;

    public TrainCommand(Trainer trainer, Printer printer) {
        this.trainer = trainer;
        this.printer = printer;
    }

    @Override
    public Integer call() throws Exception {
        List<String> groupSpecs = groups == null || groups.isEmpty() ? DEFAULT_GROUPS : groups;
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String spec : groupSpecs) {
            int eq = spec.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--group wants source/label=weight, got '" + spec + "'");
            }
            weights.put(spec.substring(0, eq), Double.parseDouble(spec.substring(eq + 1)));
        }
        StringBuilder command = new StringBuilder("java -jar target/cxr-triage.jar train");
        command.append(" --manifest ").append(manifest).append(" --out ").append(out)
                .append(" --id ").append(id).append(" --model-version ").append(version)
                .append(" --size ").append(size).append(" --crop ").append(crop)
                .append(" --epochs ").append(epochs).append(" --steps-per-epoch ").append(stepsPerEpoch)
                .append(" --batch ").append(batch).append(" --lr ").append(learningRate)
                .append(" --weight-decay ").append(weightDecay).append(" --seed ").append(seed);
        groupSpecs.forEach(g -> command.append(" --group ").append(g));
        if (maxPerGroup > 0) {
            command.append(" --max-per-group ").append(maxPerGroup);
        }
        TrainingConfig config = new TrainingConfig(manifest, out, id, version, size, crop, epochs, stepsPerEpoch,
                batch, learningRate, weightDecay, seed, weights, maxPerGroup, command.toString());
        ModelDescriptor descriptor = trainer.train(config, new Progress());
        printer.line("model " + descriptor.id() + " " + descriptor.version() + " written to " + out
                + " (threshold " + String.format(Locale.ROOT, "%.4f", descriptor.threshold()) + ")");
        return 0;
    }

    private final class Progress implements TrainingListener {
        @Override
        public void step(int epoch, int epochs, int step, int steps, double loss, double imagesPerSecond,
                         double etaSeconds) {
            if (step % logEvery == 0 || step == steps) {
                long eta = Math.round(etaSeconds);
                printer.line(String.format(Locale.ROOT, "epoch %d/%d step %d/%d loss %.4f %.1f images/s ETA %dm%02ds",
                        epoch, epochs, step, steps, loss, imagesPerSecond, eta / 60, eta % 60));
            }
        }

        @Override
        public void epoch(int epoch, double trainLoss, double valAuc, double withinSourceValAuc, boolean best) {
            printer.line(String.format(Locale.ROOT, "epoch %d done: train loss %.4f, val AUC %.4f, within-source val AUC %.4f%s",
                    epoch, trainLoss, valAuc, withinSourceValAuc, best ? " (best so far, kept)" : ""));
        }

        @Override
        public void message(String text) {
            printer.line(text);
        }
    }
}
