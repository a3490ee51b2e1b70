package org.cxrtriage.training;

/** Progress of a training run, for the command line (the trainer itself never prints). */
public interface TrainingListener {
    void step(int epoch, int epochs, int step, int steps, double loss, double imagesPerSecond, double etaSeconds);

    void epoch(int epoch, double trainLoss, double valAuc, double withinSourceValAuc, boolean best);

    void message(String text);
}
