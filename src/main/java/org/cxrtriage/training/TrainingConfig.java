package org.cxrtriage.training;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything that decides a training run, so the command in the model card reproduces the model.
 *
 * @param groupWeights sampling weight per "source/label" group of the train split; groups not named get 0 and
 *                     are not trained on. Per-example loss weights then rebalance TB against normal.
 */
public record TrainingConfig(Path manifest, Path outputFolder, String modelId, String version, int inputSize,
                             double cropFraction, int epochs, int stepsPerEpoch, int batchSize,
                             double learningRate, double weightDecay, long seed, Map<String, Double> groupWeights,
                             int maxImagesPerGroup, String commandLine) {
}
