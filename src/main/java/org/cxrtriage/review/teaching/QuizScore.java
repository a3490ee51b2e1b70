package org.cxrtriage.review.teaching;

import java.util.List;

/**
 * The running score over the revealed films. Films the model could not analyse count for the learner but not for
 * the model ({@code modelNotAnalysed} says how many), so the model is never credited or blamed for a silence.
 */
public record QuizScore(int learnerCorrect, int learnerAnswered, int modelCorrect, int modelAnswered,
                        int modelNotAnalysed, int modelFalsePositives, int modelFalseNegatives) {

    public static QuizScore of(List<QuizOutcome> outcomes) {
        int learnerCorrect = 0;
        int modelCorrect = 0;
        int modelAnswered = 0;
        int notAnalysed = 0;
        int fp = 0;
        int fn = 0;
        for (QuizOutcome o : outcomes) {
            learnerCorrect += o.learnerCorrect() ? 1 : 0;
            switch (o.modelOutcome()) {
                case NOT_ANALYSED -> notAnalysed++;
                case FALSE_POSITIVE -> fp++;
                case FALSE_NEGATIVE -> fn++;
                default -> modelCorrect++;
            }
            modelAnswered += o.modelAnalysed() ? 1 : 0;
        }
        return new QuizScore(learnerCorrect, outcomes.size(), modelCorrect, modelAnswered, notAnalysed, fp, fn);
    }
}
