package org.cxrtriage.app;

import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cxrtriage.TestModels;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.imaging.TeachingSlide;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.evaluation.ManifestRow;
import org.cxrtriage.review.teaching.Classification;
import org.cxrtriage.review.teaching.ModelResult;
import org.cxrtriage.review.teaching.QuizOutcome;
import org.cxrtriage.review.teaching.QuizScore;
import org.cxrtriage.ui.Mode;
import org.cxrtriage.ui.QuizViewModel;
import org.cxrtriage.ui.TeachingViewModel;
import org.cxrtriage.ui.WorkstationWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teaching mode's quiz on the real window: a teaching set of three real films from ../shared/data/cxr (a TB film,
 * a normal and a COVID-19 film), each shown without AI hints, called by the "learner", revealed with the truth,
 * the model's probability (the shipped model, checked against a direct model call) and the teacher's notes, and
 * scored for learner and model; then a slide of the last film.
 */
@ExtendWith(ApplicationExtension.class)
class TeachingUiTest {
    @TempDir
    Path temp;
    private TestWorkstation workstation;
    private WorkstationWindow window;

    @Start
    void start(Stage stage) {
        workstation = TestWorkstation.show(stage, temp);
        window = workstation.window;
    }

    @AfterEach
    void stop() {
        workstation.close();
    }

    @Test
    void threeQuizFilmsAreCalledRevealedAndScoredForLearnerAndModel(FxRobot robot) throws Exception {
        List<ManifestRow> rows = new ArrayList<>();
        rows.addAll(ChestFolders.rows(r -> r.label().equals("tb") && r.split().equals("test"), 1));
        rows.addAll(ChestFolders.rows(r -> r.label().equals("normal") && r.split().equals("test"), 1));
        rows.addAll(ChestFolders.rows(r -> r.label().equals("covid19"), 1));
        Path csv = temp.resolve("set/teaching.csv");
        Files.createDirectories(csv.getParent());
        StringBuilder text = new StringBuilder("path,label,notes\n");
        Map<Path, Prediction> truth = new HashMap<>();
        ClassifierSession model = TestModels.provider().borrow();
        try {
            for (ManifestRow row : rows) {
                text.append(row.path().toAbsolutePath()).append(',').append(row.label())
                        .append(",\"look at the apices, then the hila (").append(row.label()).append(")\"\n");
                truth.put(row.path().toAbsolutePath().normalize(), model.predict(new PictureFiles().read(row.path())));
            }
        } finally {
            TestModels.provider().release(model);
        }
        Files.writeString(csv, text);

        fx(() -> {
            window.preferences().modeProperty().set(Mode.TEACHING);
            return null;
        });
        TeachingViewModel teaching = fx(() -> window.view().teaching());
        QuizViewModel quiz = teaching.quiz();
        fx(() -> {
            quiz.openSet(csv);
            return null;
        });
        waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.READY));
        assertTrue(fx(() -> robot.lookup("#quiz-set").queryLabeled().getText())
                .startsWith("teaching.csv: 3 films, 0 rows skipped"));
        fx(() -> {
            quiz.sizeProperty().set(3);
            quiz.seedProperty().set(42);
            robot.lookup("#quiz-start").queryAs(ButtonBase.class).fire();
            return null;
        });

        int learnerRight = 0;
        int modelRight = 0;
        int falsePositives = 0;
        List<Path> seen = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            int item = n + 1;
            waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.ASKING
                    && robot.lookup("#quiz-item").queryLabeled().getText().equals("Film " + item + " of 3")));
            // no AI hint before the call: no overlay (H is refused), no probability, no slide
            fx(() -> {
                window.scene().getRoot().requestFocus();
                return null;
            });
            robot.type(KeyCode.H);
            assertFalse(fx(() -> window.triage().results().showOverlayProperty().get()), "H must not reveal");
            assertEquals("Quiz: make your call first (T / C).",
                    fx(() -> robot.lookup("#teach-result").queryLabeled().getText()));
            assertTrue(fx(() -> robot.lookup("#teach-export-slide").query().isDisabled()));

            // the "learner" calls every film TB-like except the second: T and C on the keyboard
            robot.type(n == 1 ? KeyCode.C : KeyCode.T);
            waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.REVEALED));
            QuizOutcome outcome = fx(() -> quiz.outcomeProperty().get());
            Path film = outcome.item().image().toAbsolutePath().normalize();
            seen.add(film);
            assertEquals(film, fx(() -> window.model().viewport().instanceProperty().get().source()
                    .toAbsolutePath().normalize()), "the revealed film is the one on screen");
            Prediction expected = truth.get(film);
            ModelResult.Analysed analysed = (ModelResult.Analysed) outcome.model();
            assertEquals(expected.probability(), analysed.probability(), 1e-6, film.toString());
            assertEquals(expected.threshold(), analysed.threshold(), 1e-12);
            boolean tb = outcome.item().label().equals("tb");
            boolean flagged = expected.probability() >= expected.threshold();
            assertEquals(flagged ? (tb ? Classification.TRUE_POSITIVE : Classification.FALSE_POSITIVE)
                    : (tb ? Classification.FALSE_NEGATIVE : Classification.TRUE_NEGATIVE), outcome.modelOutcome());
            boolean calledTb = n != 1;
            assertEquals(calledTb == tb, outcome.learnerCorrect());
            learnerRight += calledTb == tb ? 1 : 0;
            modelRight += flagged == tb ? 1 : 0;
            falsePositives += flagged && !tb ? 1 : 0;

            // revealed: truth, the model's words, the lesson and the teacher's notes, with the attention map
            assertTrue(fx(() -> robot.lookup("#quiz-truth").queryLabeled().getText())
                    .startsWith("Truth: "), "truth shown");
            assertTrue(fx(() -> robot.lookup("#quiz-model").queryLabeled().getText())
                    .contains(String.format(java.util.Locale.ROOT, "%.4f", expected.probability())));
            assertEquals(outcome.lesson(), fx(() -> robot.lookup("#quiz-lesson").queryLabeled().getText()));
            assertEquals("Teacher's notes: look at the apices, then the hila (" + outcome.item().label() + ")",
                    fx(() -> robot.lookup("#quiz-notes").queryLabeled().getText()));
            assertTrue(fx(() -> window.triage().results().showOverlayProperty().get()), "attention shown on reveal");
            QuizScore score = fx(() -> quiz.score().orElseThrow());
            assertEquals(List.of(learnerRight, n + 1, modelRight, n + 1, falsePositives),
                    List.of(score.learnerCorrect(), score.learnerAnswered(), score.modelCorrect(),
                            score.modelAnswered(), score.modelFalsePositives()));
            assertTrue(fx(() -> robot.lookup("#quiz-score").queryLabeled().getText())
                    .startsWith("You " + learnerRight + "/" + (n + 1) + " · Model " + modelRight + "/" + (n + 1)));
            if (n < 2) {
                robot.type(KeyCode.ENTER);
            }
        }
        assertEquals(3, seen.stream().distinct().count(), "each film of the set once");

        // a slide of the revealed film: 1600x900, written in the background
        Path slide = temp.resolve("slides/last.png");
        fx(() -> {
            teaching.exportSlide(slide);
            return null;
        });
        waitUntil(() -> Files.isRegularFile(slide) && Files.size(slide) > 0);
        waitUntil(() -> fx(() -> !window.model().status().busyProperty().get()));
        BufferedImage written = ImageIO.read(slide.toFile());
        assertEquals(TeachingSlide.WIDTH, written.getWidth());
        assertEquals(TeachingSlide.HEIGHT, written.getHeight());

        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.FINISHED));
        assertEquals("Quiz finished: 3 films", fx(() -> robot.lookup("#quiz-item").queryLabeled().getText()));
        assertTrue(fx(() -> window.model().recent().entries().isEmpty()), "quiz films stay out of the recent list");
    }

    @Test
    void aFilmThatCannotBeOpenedIsRevealedAsNotAnalysedAndTheQuizGoesOn(FxRobot robot) throws Exception {
        ManifestRow good = ChestFolders.rows(r -> r.label().equals("normal") && r.split().equals("test"), 1).get(0);
        Path folder = Files.createDirectories(temp.resolve("broken-set"));
        Path cut = folder.resolve("cut.png");
        byte[] png = Files.readAllBytes(good.path());
        Files.write(cut, java.util.Arrays.copyOf(png, png.length / 3)); // truncated: the file is there, the image is not
        Path csv = folder.resolve("set.csv");
        Files.writeString(csv, "path,label\n" + good.path().toAbsolutePath() + ",normal\ncut.png,tb\n");
        fx(() -> {
            window.preferences().modeProperty().set(Mode.TEACHING);
            return null;
        });
        QuizViewModel quiz = fx(() -> window.view().teaching().quiz());
        fx(() -> {
            quiz.openSet(csv);
            return null;
        });
        waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.READY));
        fx(() -> {
            quiz.sizeProperty().set(2);
            quiz.start();
            return null;
        });
        for (int n = 0; n < 2; n++) {
            waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.ASKING));
            fx(() -> {
                quiz.call(org.cxrtriage.review.teaching.LearnerCall.NOT_TB_LIKE);
                return null;
            });
            waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.REVEALED));
            QuizOutcome outcome = fx(() -> quiz.outcomeProperty().get());
            if (outcome.item().image().getFileName().toString().equals("cut.png")) {
                ModelResult.NotAnalysed none = (ModelResult.NotAnalysed) outcome.model();
                assertTrue(none.reason().startsWith("the film could not be opened: "), none.reason());
                assertTrue(none.reason().contains("cut.png"), none.reason());
                assertEquals(Classification.NOT_ANALYSED, outcome.modelOutcome());
                assertFalse(outcome.learnerCorrect(), "a TB film called not TB-like");
            } else {
                assertTrue(outcome.model() instanceof ModelResult.Analysed);
            }
            fx(() -> {
                quiz.next();
                return null;
            });
        }
        waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.FINISHED));
        QuizScore score = fx(() -> quiz.score().orElseThrow());
        assertEquals(2, score.learnerAnswered());
        assertEquals(1, score.modelAnswered());
        assertEquals(1, score.modelNotAnalysed());
    }

    @Test
    void aQuizCanBeDrawnFromOneSplitOnly(FxRobot robot) throws Exception {
        // MANIFEST.csv itself is a teaching set; a teacher quizzes only the films of unfamiliar hospitals
        Path manifest = org.cxrtriage.TestData.cxr("MANIFEST.csv");
        fx(() -> {
            window.preferences().modeProperty().set(Mode.TEACHING);
            return null;
        });
        QuizViewModel quiz = fx(() -> window.view().teaching().quiz());
        fx(() -> {
            quiz.openSet(manifest);
            return null;
        });
        waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.READY));
        assertTrue(fx(() -> quiz.splits().containsAll(List.of("train", "val", "test", "external"))));
        fx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<String> split = robot.lookup("#quiz-split")
                    .queryAs(javafx.scene.control.ComboBox.class);
            split.setValue("external");
            quiz.sizeProperty().set(4);
            quiz.seedProperty().set(7);
            quiz.start();
            return null;
        });
        List<org.cxrtriage.review.teaching.TeachingItem> expected = fx(() -> quiz.setProperty().get().quiz(
                org.cxrtriage.review.teaching.QuizSelection.balanced(4, 7).onlySplit("external")));
        assertEquals(4, expected.size());
        assertTrue(expected.stream().allMatch(i -> i.split().equals("external")));
        waitUntil(() -> fx(() -> quiz.stateProperty().get() == QuizViewModel.State.ASKING
                && window.model().viewport().instanceProperty().get() != null));
        assertEquals(expected.get(0).image().toAbsolutePath().normalize(), fx(() -> window.model().viewport()
                .instanceProperty().get().source().toAbsolutePath().normalize()), "the first film of that draw");
        assertEquals("Film 1 of 4", fx(() -> robot.lookup("#quiz-item").queryLabeled().getText()));
    }

    /** The ARGB pixels a pane shows now (its ImageView's image). */
    private static int[] pane(FxRobot robot, String paneId) throws Exception {
        return fx(() -> {
            javafx.scene.image.ImageView view = (javafx.scene.image.ImageView) ((javafx.scene.Parent) robot
                    .lookup(paneId).query()).lookup("#viewport-image");
            javafx.scene.image.Image image = view.getImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb,
                    0, w);
            return argb;
        });
    }

    private static boolean shows(FxRobot robot, String paneId, org.cxrtriage.ui.ScreenPixels pixels)
            throws Exception {
        return pixels != null && java.util.Arrays.equals(pane(robot, paneId), pixels.argb());
    }

    @Test
    void panesFlickerAnimateAndCompareGradCamWithOcclusionOnTheSameFilm(FxRobot robot) throws Exception {
        fx(() -> {
            window.preferences().modeProperty().set(Mode.TEACHING);
            window.model().open(Path.of("samples/RG1_J2KI.dcm"));
            return null;
        });
        var vp = fx(() -> window.model().viewport());
        TeachingViewModel teaching = fx(() -> window.view().teaching());
        waitUntil(() -> fx(() -> vp.panes().plainScreenProperty().get() != null && vp.screenProperty().get() != null
                && vp.panes().plainScreenProperty().get() != vp.screenProperty().get()));
        // left: the plain film; right: the film with Grad-CAM, in the same window and zoom
        waitUntil(() -> shows(robot, "#teach-left", fx(() -> vp.panes().plainScreenProperty().get()))
                && shows(robot, "#viewport", fx(() -> vp.screenProperty().get())));
        assertFalse(java.util.Arrays.equals(pane(robot, "#teach-left"), pane(robot, "#viewport")));
        // linked: one transform places both images
        fx(() -> {
            vp.zoomCentre(1.5);
            return null;
        });
        waitUntil(() -> fx(() -> {
            javafx.scene.Node l = ((javafx.scene.Parent) robot.lookup("#teach-left").query()).lookup("#viewport-image");
            javafx.scene.Node r = ((javafx.scene.Parent) robot.lookup("#viewport").query()).lookup("#viewport-image");
            return l.getLayoutX() == r.getLayoutX() && l.getLayoutY() == r.getLayoutY()
                    && ((javafx.scene.image.ImageView) l).getFitWidth() == ((javafx.scene.image.ImageView) r).getFitWidth();
        }));

        // flicker: the right pane alternates between the plain film and the overlay
        fx(() -> {
            teaching.flickerProperty().set(true);
            return null;
        });
        waitUntil(() -> shows(robot, "#viewport", fx(() -> vp.panes().plainScreenProperty().get())));
        waitUntil(() -> shows(robot, "#viewport", fx(() -> vp.screenProperty().get())));
        fx(() -> {
            teaching.flickerProperty().set(false);
            return null;
        });

        // the opacity sweep moves the opacity and gives it back when stopped
        double before = fx(() -> window.triage().results().opacityProperty().get());
        fx(() -> {
            teaching.animateProperty().set(true);
            return null;
        });
        waitUntil(() -> fx(() -> Math.abs(window.triage().results().opacityProperty().get() - before) > 0.1));
        fx(() -> {
            teaching.animateProperty().set(false);
            return null;
        });
        assertEquals(before, fx(() -> window.triage().results().opacityProperty().get()), 1e-12);

        // Grad-CAM | occlusion: left Grad-CAM over the film, right occlusion sensitivity, computed for this film
        fx(() -> {
            teaching.compareMethodsProperty().set(true);
            return null;
        });
        waitUntil(() -> fx(() -> window.triage().results().sourceProperty().get()
                == org.cxrtriage.ui.ResultPanelViewModel.Source.OCCLUSION
                && vp.panes().companionProperty().get() != null));
        waitUntil(() -> fx(() -> vp.saliencyProperty().get() != null && vp.saliencyProperty().get().map()
                == window.triage().results().shownMap().orElse(null)));
        // the right pane repaints with the occlusion map: then the two panes show different maps
        waitUntil(() -> shows(robot, "#teach-left", fx(() -> vp.panes().companionScreenProperty().get()))
                && shows(robot, "#viewport", fx(() -> vp.screenProperty().get()))
                && !java.util.Arrays.equals(pane(robot, "#teach-left"), pane(robot, "#viewport")));
        assertEquals("Grad-CAM", fx(() -> robot.lookup("#teach-left-caption").queryLabeled().getText()));
        assertEquals("Occlusion sensitivity", fx(() -> robot.lookup("#teach-right-caption").queryLabeled().getText()));
        assertFalse(shows(robot, "#teach-left", fx(() -> vp.panes().plainScreenProperty().get())), "not the plain film");
    }
}
