package org.cxrtriage.review.teaching;

import org.cxrtriage.TestData;
import org.cxrtriage.imaging.SlideText;
import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lesson lines per label and outcome, and the words a revealed film puts on its slide. */
class TeachingWordsTest {
    private static TeachingSet manifest;

    @BeforeAll
    static void read() throws IOException {
        manifest = new TeachingSetReader().read(TestData.cxr("MANIFEST.csv"));
    }

    private static TeachingItem first(String label) {
        return manifest.items().stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow();
    }

    private static QuizOutcome reveal(TeachingItem item, LearnerCall call, ModelResult result) {
        QuizSession quiz = new QuizSession(List.of(item));
        quiz.call(call);
        return quiz.reveal(result);
    }

    @Test
    void falseAlarmsAreExplainedByWhatTheFilmShows() {
        ModelResult flagged = new ModelResult.Analysed(0.9, 0.66);
        assertEquals("The model flagged an other pneumonia film as TB-like: other opacities look alike to it.",
                reveal(first("pneumonia_other"), LearnerCall.NOT_TB_LIKE, flagged).lesson());
        assertEquals("The model flagged an other-finding film as TB-like: other opacities look alike to it.",
                reveal(first("other"), LearnerCall.NOT_TB_LIKE, flagged).lesson());
        assertEquals("The model flagged a normal film as TB-like: it raises false alarms on films without findings"
                + " too.", reveal(first("normal"), LearnerCall.NOT_TB_LIKE, flagged).lesson());
        assertEquals("The model did not flag a COVID-19 film: correctly not TB-like.",
                reveal(first("covid19"), LearnerCall.NOT_TB_LIKE, new ModelResult.Analysed(0.2, 0.66)).lesson());
    }

    @Test
    void theThresholdItselfFlags() {
        assertEquals(Classification.TRUE_POSITIVE,
                reveal(first("tb"), LearnerCall.TB_LIKE, new ModelResult.Analysed(0.5, 0.5)).modelOutcome());
    }

    @Test
    void workstationResultsBecomeQuizResults() {
        Prediction p = new Prediction(0.8123, true, 0.5, "tb-cxr-v1", "1", null);
        assertEquals(new ModelResult.Analysed(0.8123, 0.5), ModelResult.of(p));
        assertEquals(new ModelResult.Analysed(0.8123, 0.5), ModelResult.of(new AnalysisResult.Scored("1.2.3", p)));
        assertEquals(new ModelResult.NotAnalysed("lateral view (LL)"),
                ModelResult.of(new AnalysisResult.NotAnalysed("1.2.3", "lateral view (LL)")));
    }

    @Test
    void aRevealedFilmGivesItsSlideWords() {
        TeachingItem covid = first("covid19");
        SlideText text = TeachingSlides.text(reveal(covid, LearnerCall.NOT_TB_LIKE,
                new ModelResult.Analysed(0.8123, 0.5)), "Grad-CAM");
        assertEquals(covid.fileName(), text.title());
        assertEquals("P(TB-like) 0.8123 \u2014 threshold 0.5000", text.probability());
        assertEquals("Truth: covid19 (not TB) \u2014 model false positive, learner true negative", text.truth());
        assertEquals("The model flagged a COVID-19 film as TB-like: other opacities look alike to it.", text.lesson());
        assertEquals(covid.notes() + "\nSource: actualmed", text.notes());
        assertEquals("Grad-CAM", text.method());

        SlideText silent = TeachingSlides.text(reveal(covid, LearnerCall.TB_LIKE,
                new ModelResult.NotAnalysed("image 100x100 is smaller than the model's 224x224 input")), "Grad-CAM");
        assertEquals("Not analysed: image 100x100 is smaller than the model's 224x224 input", silent.probability());
        assertEquals("", silent.method(), "no map, no method");
    }

    @Test
    void aFilmCheckedWithoutALearnerSaysWhatTheQuizWouldAndNoLearnerLine() {
        TeachingItem covid = first("covid19");
        ModelResult result = new ModelResult.Analysed(0.8123, 0.5);
        ModelOutcome alone = ModelOutcome.of(covid, result);
        QuizOutcome inClass = reveal(covid, LearnerCall.NOT_TB_LIKE, result);
        assertEquals(inClass.modelOutcome(), alone.outcome());
        assertEquals(inClass.lesson(), alone.lesson(), "before class and in class: the same lesson");

        SlideText text = TeachingSlides.text(alone, "Grad-CAM");
        SlideText quizText = TeachingSlides.text(inClass, "Grad-CAM");
        assertEquals("Truth: covid19 (not TB) \u2014 model false positive", text.truth());
        assertEquals(quizText.probability(), text.probability());
        assertEquals(quizText.notes(), text.notes());
        assertEquals("Grad-CAM", text.method());
    }

    @Test
    void aSiteThresholdMovesTheFlagAndTheLesson() {
        TeachingItem tb = first("tb");
        ModelResult shipped = new ModelResult.Analysed(0.60, 0.6644);
        assertEquals(Classification.FALSE_NEGATIVE, ModelOutcome.of(tb, shipped).outcome());
        ModelResult site = shipped.atThreshold(0.5);
        assertEquals(new ModelResult.Analysed(0.60, 0.5), site);
        assertEquals(Classification.TRUE_POSITIVE, ModelOutcome.of(tb, site).outcome());
        ModelResult silent = new ModelResult.NotAnalysed("lateral view");
        assertEquals(silent, silent.atThreshold(0.5), "a silence stays a silence");
    }

    @Test
    void tallyPerLabelCountsFlagsMistakesAndSilencesApart() {
        TeachingItem tb = first("tb");
        TeachingItem normal = first("normal");
        TeachingItem covid = first("covid19");
        List<ModelOutcome> outcomes = List.of(
                ModelOutcome.of(tb, new ModelResult.Analysed(0.9, 0.5)),
                ModelOutcome.of(tb, new ModelResult.Analysed(0.2, 0.5)),
                ModelOutcome.of(tb, new ModelResult.NotAnalysed("unreadable")),
                ModelOutcome.of(normal, new ModelResult.Analysed(0.1, 0.5)),
                ModelOutcome.of(covid, new ModelResult.Analysed(0.7, 0.5)),
                ModelOutcome.of(covid, new ModelResult.Analysed(0.5, 0.5)));
        assertEquals(List.of(new LabelTally("covid19", 2, 2, 2, 2, 0, 0),
                        new LabelTally("normal", 1, 1, 0, 0, 0, 0),
                        new LabelTally("tb", 3, 2, 1, 0, 1, 1)),
                LabelTally.perLabel(outcomes));
        assertEquals(new LabelTally("all", 6, 5, 3, 2, 1, 1), LabelTally.of(LabelTally.ALL, outcomes));
    }
}
