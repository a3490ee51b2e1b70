package org.cxrtriage.review.teaching;

import org.cxrtriage.imaging.SlideText;

/** The words of a teaching film for {@code imaging.TeachingSlide}: one place, so every slide reads alike. */
public final class TeachingSlides {
    private TeachingSlides() {
    }

    /**
     * A revealed quiz film: the model's and the learner's outcome.
     *
     * @param method how the attention map was made (e.g. "Grad-CAM"); dropped when the model had no result, since
     *               then there is no map to explain
     */
    public static SlideText text(QuizOutcome outcome, String method) {
        return text(outcome.item(), outcome.model(), truth(outcome.item(), outcome.modelOutcome())
                + ", learner " + outcome.learner().words(), outcome.lesson(), method);
    }

    /**
     * A film checked without a learner (the teacher preparing a set): the model's outcome only. No learner line is
     * written, rather than an invented call, because nobody has called this film yet.
     */
    public static SlideText text(ModelOutcome outcome, String method) {
        return text(outcome.item(), outcome.model(), truth(outcome.item(), outcome.outcome()), outcome.lesson(),
                method);
    }

    private static String truth(TeachingItem item, Classification model) {
        return "Truth: " + item.label() + (item.tb() ? " (TB)" : " (not TB)") + " \u2014 model " + model.words();
    }

    private static SlideText text(TeachingItem item, ModelResult model, String truth, String lesson, String method) {
        String probability = model instanceof ModelResult.Analysed a
                ? SlideText.probabilityLine(a.probability(), a.threshold())
                : "Not analysed: " + ((ModelResult.NotAnalysed) model).reason();
        String notes = item.source().isEmpty() ? item.notes()
                : (item.notes().isEmpty() ? "" : item.notes() + "\n") + "Source: " + item.source();
        return new SlideText(item.fileName(), probability, truth, lesson, notes,
                model instanceof ModelResult.Analysed ? method : "");
    }
}
