package org.cxrtriage.review.teaching;

import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.triage.AnalysisResult;

/** What the model made of a quiz film: a probability against its threshold, or why it could not say. */
public sealed interface ModelResult {

    /**
     * The model read the film. It flags it (TB-like) when the probability is at or above the threshold, the same
     * rule {@link Prediction#flagged()} follows, so the quiz scores the model exactly as the workstation shows it.
     */
    record Analysed(double probability, double threshold) implements ModelResult {
        public Analysed {
            if (!(probability >= 0 && probability <= 1) || !(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("probability " + probability + " / threshold " + threshold);
            }
        }

        public boolean flagged() {
            return probability >= threshold;
        }
    }

    /** The model gave no result (outside its intended use, unreadable film, no model): not scored for the model. */
    record NotAnalysed(String reason) implements ModelResult {
        public NotAnalysed {
            reason = reason == null || reason.isBlank() ? "no reason given" : reason;
        }
    }

    /**
     * The same probability against another threshold (a site's operating point), so the flag, the outcome and its
     * lesson follow the threshold the site actually uses, not the one the model was shipped with. A film the model
     * could not analyse stays not analysed.
     */
    default ModelResult atThreshold(double threshold) {
        return this instanceof Analysed a ? new Analysed(a.probability(), threshold) : this;
    }

    static ModelResult of(Prediction prediction) {
        return new Analysed(prediction.probability(), prediction.threshold());
    }

    static ModelResult of(AnalysisResult result) {
        if (result instanceof AnalysisResult.Scored scored) {
            return of(scored.prediction());
        }
        return new NotAnalysed(((AnalysisResult.NotAnalysed) result).reason());
    }
}
