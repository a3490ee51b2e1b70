package org.cxrtriage.inference;

import org.cxrtriage.TestData;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.inference.evaluation.ImageManifest;
import org.cxrtriage.inference.evaluation.ManifestRow;
import org.cxrtriage.inference.evaluation.SetMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CI guard for the committed model: verified checksums, and TB test-split AUC >= 0.90 through DJL. */
class ShippedModelTest {
    private static TbClassifier classifier;

    @BeforeAll
    static void load() throws Exception {
        classifier = new ModelLoader(new TensorFlowNatives()).load(ShippedModel.modelsFolder(), ModelLoader.DEFAULT_MODEL);
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    @Test
    void tbTestSplitAucStaysAboveNinety() throws Exception {
        List<ManifestRow> rows = new ImageManifest().read(TestData.cxr("MANIFEST.csv")).stream()
                .filter(r -> r.split().equals("test")).toList();
        PictureFiles files = new PictureFiles();
        List<Double> scores = new ArrayList<>();
        try (ClassifierSession session = classifier.newSession()) {
            for (int start = 0; start < rows.size(); start += 16) {
                List<GreyImage> batch = new ArrayList<>();
                for (ManifestRow row : rows.subList(start, Math.min(rows.size(), start + 16))) {
                    batch.add(files.read(row.path()));
                }
                for (double p : session.probabilities(batch)) {
                    scores.add(p);
                }
            }
        }
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] y = new boolean[s.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).label().equals("tb");
        }
        SetMetrics m = SetMetrics.of(s, y, classifier.descriptor().threshold());
        assertEquals(190, m.n());
        assertTrue(m.auc() >= 0.90, "TB test split AUC " + m.summary());
        // The exported model reproduces what the trainer measured when it wrote model.json.
        assertEquals(classifier.descriptor().metrics().get("test").auc(), m.auc(), 1e-3);
    }

    @Test
    void oneCallGivesProbabilityAndAHeatmapGrid() throws Exception {
        GreyImage film = new PictureFiles().read(TestData.cxr("shenzhen/CHNCXR_0007_0.png"));
        try (ClassifierSession session = classifier.newSession()) {
            Prediction p = session.predict(film);
            assertTrue(p.probability() >= 0 && p.probability() <= 1);
            assertEquals(p.probability() >= p.threshold(), p.flagged());
            assertEquals(classifier.descriptor().heatmapSize(), p.heatmap().width());
            float max = 0;
            for (float v : p.heatmap().values()) {
                assertTrue(v >= 0 && v <= 1.0001, "heatmap value " + v);
                max = Math.max(max, v);
            }
            assertTrue(max > 0.99 || max == 0, "Grad-CAM is scaled to a peak of 1, got " + max);
            double batch = session.probabilities(List.of(film))[0];
            assertEquals(p.probability(), batch, 1e-5, "both signatures agree");
        }
    }
}
