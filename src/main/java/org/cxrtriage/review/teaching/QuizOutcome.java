package org.cxrtriage.review.teaching;

import java.util.Optional;

/**
 * One revealed film: what the learner called, what the model said, both against the truth, and the lesson of the
 * model's outcome.
 *
 * @param learner how the learner's call lands (never {@link Classification#NOT_ANALYSED})
 * @param modelOutcome how the model's flag lands, {@link Classification#NOT_ANALYSED} when it had no result
 * @param lesson  {@link Lessons#forModel}: said for hits and mistakes alike
 */
public record QuizOutcome(TeachingItem item, LearnerCall call, Classification learner, ModelResult model,
                          Classification modelOutcome, String lesson) {

    static QuizOutcome of(TeachingItem item, LearnerCall call, ModelResult model) {
        Classification learner = Classification.of(call.flagsTb(), item.tb());
        Classification modelOutcome = Classification.ofModel(model, item.tb());
        return new QuizOutcome(item, call, learner, model, modelOutcome, Lessons.forModel(item, modelOutcome, model));
    }

    public boolean learnerCorrect() {
        return learner.correct();
    }

    public boolean modelAnalysed() {
        return model instanceof ModelResult.Analysed;
    }

    /** Whether the model flagged the film; empty when it could not analyse it. */
    public Optional<Boolean> modelFlagged() {
        return model instanceof ModelResult.Analysed a ? Optional.of(a.flagged()) : Optional.empty();
    }

    /** Whether the model's flag matched the truth; empty when it could not analyse the film. */
    public Optional<Boolean> modelCorrect() {
        return modelAnalysed() ? Optional.of(modelOutcome.correct()) : Optional.empty();
    }
}
