package org.cxrtriage.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.cxrtriage.inference.evaluation.SetMetrics;

import java.util.Map;

/**
 * {@code model.json}: everything needed to serve a model exactly as it was trained, and what it scored.
 *
 * @param savedModel       folder of the SavedModel, relative to the model folder
 * @param threshold        operating threshold on the probability ({@code p >= threshold} is flagged)
 * @param thresholdRule    how the threshold was chosen (the highest with validation sensitivity >= 0.90)
 * @param trainingManifestSha256 SHA-256 of the manifest the model was trained on
 * @param metrics          evaluation set name to figures, as measured by the trainer at export time
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelDescriptor(String id, String version, String created, String intendedUse,
                              String savedModel, Signatures signatures, Preprocess preprocessing,
                              int heatmapSize, double threshold, String thresholdRule,
                              String trainingManifestSha256, String trainingCommand, long seed,
                              Map<String, SetMetrics> metrics) {

    public static final String FILE_NAME = "model.json";

    /** Signature keys and their tensor names. */
    public record Signatures(String serving, String batch, String input, String probability, String heatmap) {
    }

    /** The preprocessing recipe ({@link Preprocessing#NAME}) and its parameters. */
    public record Preprocess(String name, int inputSize, double cropFraction) {
        public Preprocessing toPreprocessing() {
            if (!Preprocessing.NAME.equals(name)) {
                throw new IllegalStateException("model needs preprocessing '" + name + "', this build has '"
                        + Preprocessing.NAME + "'");
            }
            return new Preprocessing(inputSize, cropFraction);
        }
    }
}
