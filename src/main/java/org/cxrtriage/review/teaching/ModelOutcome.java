package org.cxrtriage.review.teaching;

/**
 * What the model does on one film of a teaching set, with no learner involved: the teacher's view before class
 * ({@code cxr-triage teaching-set}). Classified and explained exactly as a revealed quiz film is
 * ({@link QuizOutcome}), so the check before class and the quiz in class never tell different stories.
 *
 * @param outcome how the model's flag lands against the truth, {@link Classification#NOT_ANALYSED} without a result
 * @param lesson  {@link Lessons#forModel}
 */
public record ModelOutcome(TeachingItem item, ModelResult model, Classification outcome, String lesson) {

    public static ModelOutcome of(TeachingItem item, ModelResult model) {
        Classification outcome = Classification.ofModel(model, item.tb());
        return new ModelOutcome(item, model, outcome, Lessons.forModel(item, outcome, model));
    }

    public boolean analysed() {
        return model instanceof ModelResult.Analysed;
    }

    /** Whether the model flagged the film (TB-like); false when it could not analyse it. */
    public boolean flagged() {
        return model instanceof ModelResult.Analysed a && a.flagged();
    }
}
