package org.cxrtriage.training;

import org.cxrtriage.TestData;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.ModelDescriptor;
import org.cxrtriage.inference.ModelRegistry;
import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.RegisteredModel;
import org.cxrtriage.inference.TbClassifier;
import org.cxrtriage.inference.TensorFlowNatives;
import org.cxrtriage.inference.evaluation.ImageManifest;
import org.cxrtriage.inference.evaluation.ManifestRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A few training steps on a few dozen real films: the loss falls and the export loads through DJL. */
class TrainerSmokeTest {

    @Test
    void fewStepsLowerTheLossAndExportALoadableModel(@TempDir Path dir) throws Exception {
        List<ManifestRow> all = new ImageManifest().read(TestData.cxr("MANIFEST.csv"));
        List<String> lines = new ArrayList<>(List.of("path,label,source,split"));
        pick(all, lines, "train", "shenzhen", "normal", 12);
        pick(all, lines, "train", "shenzhen", "tb", 12);
        pick(all, lines, "val", "shenzhen", "normal", 5);
        pick(all, lines, "val", "shenzhen", "tb", 5);
        pick(all, lines, "test", "shenzhen", "normal", 3);
        pick(all, lines, "test", "shenzhen", "tb", 3);
        Path manifest = dir.resolve("small.csv");
        Files.write(manifest, lines);
        Path out = dir.resolve("models/smoke");
        TrainingConfig config = new TrainingConfig(manifest, out, "smoke", "0.0.1", 64, 0.9, 4, 6, 12, 0.003,
                1e-4, 7, Map.of("shenzhen/normal", 1.0, "shenzhen/tb", 1.0), 0, "test");
        List<Double> losses = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void step(int epoch, int epochs, int step, int steps, double loss, double rate, double eta) {
                losses.add(loss);
            }

            @Override
            public void epoch(int epoch, double trainLoss, double valAuc, double within, boolean best) {
            }

            @Override
            public void message(String text) {
            }
        };
        ModelDescriptor descriptor = new Trainer(new PictureFiles()).train(config, listener);
        assertEquals(24, losses.size());
        double first = losses.subList(0, 6).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double last = losses.subList(18, 24).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertTrue(last < first, "mean loss first epoch " + first + ", last epoch " + last);
        assertEquals(4, descriptor.heatmapSize());

        RegisteredModel model = new ModelRegistry(dir.resolve("models")).require("smoke");
        try (TbClassifier classifier = TbClassifier.load(model, new TensorFlowNatives());
             ClassifierSession session = classifier.newSession()) {
            Prediction p = session.predict(new PictureFiles().read(TestData.cxr("shenzhen/CHNCXR_0007_0.png")));
            assertTrue(p.probability() > 0 && p.probability() < 1, "probability " + p.probability());
            assertEquals(16, p.heatmap().values().length);
            assertEquals("smoke", p.modelId());
        }
        try (org.tensorflow.SavedModelBundle bundle = org.tensorflow.SavedModelBundle.load(
                out.resolve("saved_model").toString(), "serve")) {
            List<String> ops = new ArrayList<>();
            bundle.graph().operations().forEachRemaining(op -> ops.add(op.name()));
            assertTrue(ops.contains("block0_kernel"), "weights are exported");
            assertFalse(ops.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("adam")),
                    "optimiser slots must not be exported");
            assertEquals(2, bundle.signatures().size(), "serving_default and probability_only");
        }
    }

    private static void pick(List<ManifestRow> all, List<String> lines, String split, String source, String label, int n) {
        all.stream().filter(r -> r.split().equals(split) && r.source().equals(source) && r.label().equals(label))
                .filter(r -> !r.path().toString().contains("/fullres/"))
                .limit(n)
                .forEach(r -> lines.add(r.path() + "," + label + "," + source + "," + split));
    }
}
