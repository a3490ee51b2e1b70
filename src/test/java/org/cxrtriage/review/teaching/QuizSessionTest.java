package org.cxrtriage.review.teaching;

import org.cxrtriage.TestData;
import org.cxrtriage.TestModels;
import org.cxrtriage.imaging.PictureFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz over real MANIFEST films scored with the shipped model's real probabilities: a TB film the model flags,
 * a normal film it does not flag, a COVID-19 film it flags (its false positive is the lesson) and a TB film it
 * misses, each found by running the model, not assumed (with tb-cxr-v1, threshold 0.6644: tb0003.png 0.943,
 * the first Actualmed normal 0.307, the second Actualmed COVID-19 0.965, tb0004.png 0.601).
 */
class QuizSessionTest {
    private static TeachingSet manifest;
    private static TeachingAnalyser analyser;

    @BeforeAll
    static void load() throws IOException {
        manifest = new TeachingSetReader().read(TestData.cxr("MANIFEST.csv"));
        analyser = new TeachingAnalyser(TestModels.provider(), new PictureFiles());
    }

    /** The first film of {@code label} (MANIFEST order) whose model flag is {@code flagged}. */
    private static TeachingFilm first(String label, boolean flagged) {
        Predicate<TeachingFilm> wanted = f -> f.result() instanceof ModelResult.Analysed a && a.flagged() == flagged;
        return manifest.items().stream().filter(i -> i.label().equals(label)).limit(200)
                .map(analyser::analyse).filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " film with flag " + flagged));
    }

    @Test
    void scoresLearnerAndModelFilmByFilmAndExplainsTheFalsePositive(@TempDir Path dir) throws IOException {
        TeachingFilm tb = first("tb", true);
        TeachingFilm normal = first("normal", false);
        TeachingFilm covid = first("covid19", true);
        TeachingFilm missed = first("tb", false);
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not a picture");
        TeachingFilm unreadable = analyser.analyse(TeachingItem.of(broken, "normal", "", "", "", 99));
        for (TeachingFilm f : List.of(tb, normal, covid, missed)) {
            ModelResult.Analysed a = (ModelResult.Analysed) f.result();
            assertEquals(a.probability() >= a.threshold(), a.flagged());
            assertTrue(f.attention().isPresent() && f.image().isPresent(), "real Grad-CAM and pixels");
        }
        assertTrue(unreadable.result() instanceof ModelResult.NotAnalysed n && n.reason().contains("not a readable"),
                unreadable.result().toString());
        assertTrue(unreadable.image().isEmpty() && unreadable.attention().isEmpty());

        QuizSession quiz = new QuizSession(List.of(tb.item(), normal.item(), covid.item(), missed.item(),
                unreadable.item()));
        assertEquals(new QuizScore(0, 0, 0, 0, 0, 0, 0), quiz.score());

        // 1. TB film, learner says TB-like, model flagged it: both right.
        assertEquals(tb.item(), quiz.current());
        quiz.call(LearnerCall.TB_LIKE);
        assertEquals(new QuizScore(0, 0, 0, 0, 0, 0, 0), quiz.score(), "a call alone scores nothing");
        QuizOutcome o1 = quiz.reveal(tb.result());
        assertEquals(Classification.TRUE_POSITIVE, o1.learner());
        assertEquals(Classification.TRUE_POSITIVE, o1.modelOutcome());
        assertEquals(Optional.of(true), o1.modelFlagged());
        assertEquals("The model flagged this TB film as TB-like: a hit.", o1.lesson());
        assertEquals(new QuizScore(1, 1, 1, 1, 0, 0, 0), quiz.score());
        quiz.next();

        // 2. Normal film, learner over-calls it, model stays quiet: learner false positive, model right.
        assertEquals(normal.item(), quiz.current());
        quiz.call(LearnerCall.TB_LIKE);
        QuizOutcome o2 = quiz.reveal(normal.result());
        assertEquals(Classification.FALSE_POSITIVE, o2.learner());
        assertFalse(o2.learnerCorrect());
        assertEquals(Classification.TRUE_NEGATIVE, o2.modelOutcome());
        assertEquals("The model did not flag a normal film: correctly not TB-like.", o2.lesson());
        assertEquals(new QuizScore(1, 2, 2, 2, 0, 0, 0), quiz.score());
        quiz.next();

        // 3. COVID-19 film, learner says not TB-like, model flags it: the model's false positive.
        quiz.call(LearnerCall.NOT_TB_LIKE);
        QuizOutcome o3 = quiz.reveal(covid.result());
        assertEquals(Classification.TRUE_NEGATIVE, o3.learner());
        assertEquals(Classification.FALSE_POSITIVE, o3.modelOutcome());
        assertEquals(Optional.of(false), o3.modelCorrect());
        assertEquals("The model flagged a COVID-19 film as TB-like: other opacities look alike to it.", o3.lesson());
        assertEquals(new QuizScore(2, 3, 2, 3, 0, 1, 0), quiz.score());
        quiz.next();

        // 4. TB film the model misses, learner calls it: the model's false negative.
        quiz.call(LearnerCall.TB_LIKE);
        QuizOutcome o4 = quiz.reveal(missed.result());
        assertEquals(Classification.TRUE_POSITIVE, o4.learner());
        assertEquals(Classification.FALSE_NEGATIVE, o4.modelOutcome());
        assertEquals("The model missed this TB film: a film it does not flag can still be TB.", o4.lesson());
        assertEquals(new QuizScore(3, 4, 2, 4, 0, 1, 1), quiz.score());
        quiz.next();

        // 5. Unreadable film: counts for the learner, not for the model, and is reported as such.
        quiz.call(LearnerCall.NOT_TB_LIKE);
        QuizOutcome o5 = quiz.reveal(unreadable.result());
        assertEquals(Classification.NOT_ANALYSED, o5.modelOutcome());
        assertEquals(Optional.empty(), o5.modelFlagged());
        assertEquals(Optional.empty(), o5.modelCorrect());
        assertTrue(o5.lesson().startsWith("The model could not analyse this film ("), o5.lesson());
        assertEquals(new QuizScore(4, 5, 2, 4, 1, 1, 1), quiz.score());
        quiz.next();
        assertTrue(quiz.finished());
        assertEquals(List.of(o1, o2, o3, o4, o5), quiz.outcomes());
    }

    @Test
    void theOrderCallRevealNextIsEnforced() {
        List<TeachingItem> two = manifest.items().subList(0, 2);
        QuizSession quiz = new QuizSession(two);
        ModelResult result = new ModelResult.Analysed(0.7, 0.5);

        assertMessage("must be called before it is revealed", () -> quiz.reveal(result));
        assertMessage("must be revealed before moving on", quiz::next);
        quiz.call(LearnerCall.TB_LIKE);
        assertMessage("already called", () -> quiz.call(LearnerCall.NOT_TB_LIKE));
        assertMessage("must be revealed before moving on", quiz::next);
        quiz.reveal(result);
        assertMessage("already revealed", () -> quiz.reveal(result));
        assertMessage("already called", () -> quiz.call(LearnerCall.TB_LIKE));
        assertEquals(QuizSession.Step.REVEALED, quiz.step());
        quiz.next();
        assertEquals(two.get(1), quiz.current());
        quiz.call(LearnerCall.NOT_TB_LIKE);
        quiz.reveal(new ModelResult.NotAnalysed("lateral view"));
        quiz.next();
        assertMessage("quiz is finished", quiz::current);
        assertMessage("quiz is finished", () -> quiz.call(LearnerCall.TB_LIKE));
        assertMessage("already finished", quiz::next);
        assertEquals(2, quiz.score().learnerAnswered(), "refused actions changed nothing");
        assertThrows(IllegalArgumentException.class, () -> new QuizSession(List.of()));
    }

    private static void assertMessage(String part, Runnable action) {
        IllegalStateException e = assertThrows(IllegalStateException.class, action::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
