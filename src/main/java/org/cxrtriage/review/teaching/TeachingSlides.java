package org.cxrtriage.review.teaching;

import org.cxrtriage.imaging.SlideText;

/** The words of a revealed quiz film for {@code imaging.TeachingSlide}: one place, so every slide reads alike. */
public final class TeachingSlides {
    private TeachingSlides() {
    }

    /**
     * @param method how the attention map was made (e.g. "Grad-CAM"); dropped when the model had no result, since
     *               then there is no map to explain
     */
    public static SlideText text(QuizOutcome outcome, String method) {
        TeachingItem item = outcome.item();
        String probability = outcome.model() instanceof ModelResult.Analysed a
                ? SlideText.probabilityLine(a.probability(), a.threshold())
                : "Not analysed: " + ((ModelResult.NotAnalysed) outcome.model()).reason();
        String truth = "Truth: " + item.label() + (item.tb() ? " (TB)" : " (not TB)") + " \u2014 model "
                + outcome.modelOutcome().words() + ", learner " + outcome.learner().words();
        String notes = item.source().isEmpty() ? item.notes()
                : (item.notes().isEmpty() ? "" : item.notes() + "\n") + "Source: " + item.source();
        return new SlideText(item.fileName(), probability, truth, outcome.lesson(), notes,
                outcome.modelAnalysed() ? method : "");
    }
}
