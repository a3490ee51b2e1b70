package org.cxrtriage.app;

import javafx.stage.Stage;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.review.EventKind;
import org.cxrtriage.review.RejectReason;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.ui.BrowserItem;
import org.cxrtriage.ui.Messages;
import org.cxrtriage.ui.Mode;
import org.cxrtriage.ui.PointOfCareViewModel;
import org.cxrtriage.ui.Readiness;
import org.cxrtriage.ui.Shortcut;
import org.cxrtriage.ui.UserPreferences;
import org.cxrtriage.ui.WorkstationWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.cxrtriage.WorkstationDriver.fire;
import static org.cxrtriage.WorkstationDriver.text;
import static org.cxrtriage.WorkstationDriver.openAndWait;
import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three modes of the real window on Monocle, with the shipped model on the bundled sample study (one film the
 * model flags, 0.96, and one it does not, 0.44): point-of-care wording and its agree / disagree in the review store,
 * switching that keeps the open study, and every mode's keys (the layout at 1366x768: ModesLayoutTest).
 */
@ExtendWith(ApplicationExtension.class)
class ModesUiTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Messages EN = Messages.english();

    @TempDir
    Path temp;
    private TestWorkstation workstation;
    private WorkstationWindow window;

    /** This site wrote its own sentence for "not likely"; "likely" keeps the default. */
    private static final String SITE_NEXT_STEP = "Cough for 2 weeks or more? Send sputum for Xpert anyway.";

    @Start
    void start(Stage stage) throws java.io.IOException {
        java.nio.file.Files.writeString(temp.resolve("site.properties"),
                "pointOfCare.nextStep.notFlagged=" + SITE_NEXT_STEP + "\n");
        workstation = TestWorkstation.show(stage, temp);
        window = workstation.window;
    }

    @AfterEach
    void stop() {
        workstation.close();
    }

    private void switchTo(Mode mode) throws Exception {
        fx(() -> {
            window.preferences().modeProperty().set(mode);
            return null;
        });
        waitUntil(() -> fx(() -> window.view().mode() == mode));
    }

    /** Shows the sample film whose file name starts with {@code prefix}; returns its analysis result. */
    private AnalysisResult.Scored select(String prefix) throws Exception {
        BrowserItem item = fx(() -> window.model().browser().items().stream()
                .filter(i -> i.instance().source().getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow());
        fx(() -> {
            window.model().browser().selectedProperty().set(item);
            return null;
        });
        waitUntil(() -> fx(() -> window.model().viewport().instanceProperty().get() == item.instance()
                && window.triage().review().currentProperty().get() != null));
        return (AnalysisResult.Scored) fx(() -> window.triage().analysis().result(item.instance()).orElseThrow());
    }

    private static boolean shown(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).query().isVisible());
    }

    @Test
    void pointOfCareSaysItInPlainWordsAndRecordsAgreeAndDisagreeAsReviewDecisions(FxRobot robot) throws Exception {
        switchTo(Mode.POINT_OF_CARE);
        openAndWait(window, SAMPLES);
        String threshold = fx(() -> window.triage().results().thresholdProperty().get());

        // the film the model flags: red card, the issue's words, probability beside its threshold
        AnalysisResult.Scored flagged = select("RG1");
        assertTrue(flagged.prediction().probability() >= Double.parseDouble(threshold), "RG1 is a flagged film");
        waitUntil(() -> fx(() -> window.triage().results().flagProperty().get() != org.cxrtriage.ui.FlagState.PENDING));
        assertEquals("TB-like abnormality likely — refer for confirmatory testing and a radiologist's read",
                text(robot, "#poc-headline"));
        String probability = String.format(Locale.ROOT, "%.4f", flagged.prediction().probability());
        assertEquals("Model score " + probability + ", at or above the threshold " + threshold
                + " it was compared with.", text(robot, "#poc-score"));
        assertTrue(text(robot, "#poc-next-step").startsWith("Next step: follow your TB pathway"));
        assertTrue(fx(() -> robot.lookup("#poc-light").query().getStyleClass().contains("light-likely")));
        assertTrue(shown(robot, "#poc-not-a-diagnosis"));
        assertTrue(text(robot, "#poc-not-a-diagnosis").startsWith("This is not a diagnosis"));

        // heatmap off by default; one tap shows it with its caveat
        assertFalse(fx(() -> window.triage().results().showOverlayProperty().get()));
        assertFalse(shown(robot, "#poc-heatmap-caveat"));
        fire(robot, "#poc-heatmap");
        assertTrue(fx(() -> window.triage().results().showOverlayProperty().get()));
        assertTrue(shown(robot, "#poc-heatmap-caveat"));

        // every target a finger must hit is at least 44 px each way
        for (String id : List.of("#poc-agree", "#poc-disagree", "#poc-heatmap", "#poc-next", "#poc-previous",
                "#poc-window-toggle")) {
            javafx.geometry.Bounds b = fx(() -> robot.lookup(id).query().getLayoutBounds());
            assertTrue(b.getHeight() >= 44 && b.getWidth() >= 44, id + " is " + b.getWidth() + "x" + b.getHeight());
        }

        Instance flaggedImage = fx(() -> window.model().viewport().instanceProperty().get());
        fire(robot, "#poc-agree");
        waitUntil(() -> text(robot, "#poc-decision").startsWith("Accepted"));
        List<ReviewEvent> events = workstation.review.store().events(flaggedImage.studyInstanceUid());
        assertEquals(List.of(EventKind.ACCEPT), events.stream().map(ReviewEvent::kind).toList());
        assertEquals(flaggedImage.sopInstanceUid(), events.get(0).flag().sopUid());
        assertTrue(events.get(0).result().flagged());

        // the film the model does not flag: green card; disagree asks why, then records a rejection
        AnalysisResult.Scored clear = select("CR-MONO1");
        assertTrue(clear.prediction().probability() < Double.parseDouble(threshold));
        waitUntil(() -> text(robot, "#poc-headline").equals("TB-like abnormality not likely"));
        assertEquals("Model score " + String.format(Locale.ROOT, "%.4f", clear.prediction().probability())
                + ", below the threshold " + threshold + " it was compared with.", text(robot, "#poc-score"));
        assertTrue(fx(() -> robot.lookup("#poc-light").query().getStyleClass().contains("light-not-likely")));
        assertEquals(SITE_NEXT_STEP, text(robot, "#poc-next-step"), "the site's own sentence");
        assertFalse(shown(robot, "#poc-reasons"));
        Instance clearImage = fx(() -> window.model().viewport().instanceProperty().get());
        fire(robot, "#poc-disagree");
        assertTrue(shown(robot, "#poc-reasons"));
        assertEquals(List.of(), workstation.review.store().events(clearImage.studyInstanceUid()),
                "nothing is recorded before a reason is chosen");
        fire(robot, "#poc-reason-other");
        waitUntil(() -> text(robot, "#poc-decision").startsWith("Rejected (Other)"));
        List<ReviewEvent> rejected = workstation.review.store().events(clearImage.studyInstanceUid());
        assertEquals(List.of(EventKind.REJECT), rejected.stream().map(ReviewEvent::kind).toList());
        assertEquals(RejectReason.OTHER, rejected.get(0).reason());
        assertEquals(EN.text("poc.disagree.missed"), rejected.get(0).note());
        assertFalse(rejected.get(0).result().flagged());
        assertTrue(shown(robot, "#poc-not-a-diagnosis"), "still visible after every step");
    }

    @Test
    void pointOfCareWorksFromAFolderOfExportedPngs(FxRobot robot) throws Exception {
        Path folder = java.nio.file.Files.createDirectories(temp.resolve("exports"));
        List<org.cxrtriage.inference.evaluation.ManifestRow> rows = ChestFolders.rows(
                r -> r.split().equals("test") && r.path().toString().endsWith(".png"), 2);
        for (var row : rows) {
            java.nio.file.Files.copy(row.path(), folder.resolve(row.path().getFileName()));
        }
        switchTo(Mode.POINT_OF_CARE);
        fx(() -> {
            window.model().open(folder);
            return null;
        });
        waitUntil(() -> fx(() -> window.model().readinessProperty().get().state() == Readiness.State.READY));
        assertEquals(2, (int) fx(() -> window.model().browser().items().size()));
        waitUntil(() -> fx(() -> window.view().pointOfCare().lightProperty().get() == PointOfCareViewModel.Light.LIKELY
                || window.view().pointOfCare().lightProperty().get() == PointOfCareViewModel.Light.NOT_LIKELY));
        assertTrue(text(robot, "#poc-position").startsWith("Image 1 of 2 · "), text(robot, "#poc-position"));
        assertTrue(text(robot, "#poc-score").startsWith("Model score "), text(robot, "#poc-score"));
        fire(robot, "#poc-next");
        waitUntil(() -> text(robot, "#poc-position").startsWith("Image 2 of 2 · "));
    }

    @Test
    void aPinchOnTheTouchScreenZoomsAroundTheFingers(FxRobot robot) throws Exception {
        switchTo(Mode.POINT_OF_CARE);
        openAndWait(window, SAMPLES);
        select("RG1");
        org.cxrtriage.ui.ViewTransform before = fx(() -> window.model().viewport().transformProperty().get());
        // the fingers at scene point (400, 300); the event reaches the image canvas in its own coordinates
        javafx.geometry.Point2D fingers = fx(() -> {
            javafx.scene.Node canvas = ((javafx.scene.Parent) robot.lookup("#viewport").query())
                    .getChildrenUnmodifiable().get(0);
            canvas.fireEvent(new javafx.scene.input.ZoomEvent(javafx.scene.input.ZoomEvent.ZOOM, 400, 300, 400, 300,
                    false, false, false, false, true, false, 1.5, 1.5, null));
            return canvas.sceneToLocal(400, 300);
        });
        org.cxrtriage.ui.ViewTransform after = fx(() -> window.model().viewport().transformProperty().get());
        assertEquals(before.scale() * 1.5, after.scale(), 1e-9);
        // the image point under the fingers stays under them
        assertEquals((fingers.getX() - before.offsetX()) / before.scale(),
                (fingers.getX() - after.offsetX()) / after.scale(), 1e-6);
        assertEquals((fingers.getY() - before.offsetY()) / before.scale(),
                (fingers.getY() - after.offsetY()) / after.scale(), 1e-6);
    }

    @Test
    void switchingModesKeepsTheOpenStudyAndIsRemembered(FxRobot robot) throws Exception {
        openAndWait(window, SAMPLES);
        select("RG1");
        Instance open = fx(() -> window.model().viewport().instanceProperty().get());
        int studies = fx(() -> window.model().browser().items().size());

        switchTo(Mode.TEACHING);
        assertSame(open, fx(() -> window.model().viewport().instanceProperty().get()));
        assertTrue(fx(() -> robot.lookup("#mode-teaching").tryQuery().isPresent()));
        assertTrue(fx(() -> window.model().viewport().panes().enabledProperty().get()), "teaching renders the plain film");
        waitUntil(() -> fx(() -> window.model().viewport().panes().plainScreenProperty().get() != null));
        assertTrue(fx(() -> window.triage().results().showOverlayProperty().get()), "teaching shows the overlay");
        // the left pane shows the plain film, the right one the overlay: different pixels, same size
        waitUntil(() -> fx(() -> window.model().viewport().panes().plainScreenProperty().get()
                != window.model().viewport().screenProperty().get()));

        switchTo(Mode.POINT_OF_CARE);
        assertSame(open, fx(() -> window.model().viewport().instanceProperty().get()));
        assertFalse(fx(() -> window.triage().results().showOverlayProperty().get()), "point-of-care hides it again");
        assertFalse(fx(() -> window.model().viewport().panes().enabledProperty().get()), "no second render outside teaching");
        waitUntil(() -> text(robot, "#poc-headline").startsWith("TB-like abnormality likely"));

        switchTo(Mode.RADIOLOGIST);
        assertSame(open, fx(() -> window.model().viewport().instanceProperty().get()));
        assertEquals(studies, fx(() -> window.model().browser().items().size()));
        assertTrue(fx(() -> robot.lookup("#result-line").queryLabeled().getText().startsWith("AI: FLAGGED")));

        // the menu switches too, and the choice is in the preferences file for the next start
        fx(() -> {
            robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                    .flatMap(m -> m.getItems().stream()).filter(i -> "menu-mode-teaching".equals(i.getId()))
                    .findFirst().orElseThrow().fire();
            return null;
        });
        waitUntil(() -> fx(() -> window.view().mode() == Mode.TEACHING));
        assertEquals(Mode.TEACHING, new UserPreferences(temp.resolve("preferences.properties")).modeProperty().get());
    }

    @Test
    void everyModeListsItsKeysAndTheReviewKeysOnlyWhereTheyWork() throws Exception {
        for (Mode mode : Mode.values()) {
            List<String> keys = fx(() -> window.view().shortcuts(mode)).stream().map(Shortcut::keys).toList();
            Set<String> unique = new HashSet<>(keys);
            assertEquals(keys.size(), unique.size(), mode + " lists a key twice: " + keys);
            assertTrue(keys.containsAll(List.of("I", "Esc", "H", "N / B", "F1 / ?", "Ctrl+1 / 2 / 3")),
                    mode + ": " + keys);
            assertEquals(mode == Mode.RADIOLOGIST, keys.containsAll(List.of("A", "R", "M")), mode + ": " + keys);
            assertEquals(mode == Mode.TEACHING, keys.containsAll(List.of("T", "C", "Enter", "L")), mode + ": " + keys);
        }
        switchTo(Mode.TEACHING);
        assertEquals(fx(() -> window.view().shortcuts(Mode.TEACHING)), fx(() -> window.view().shortcuts()),
                "the help shows the keys of the mode on screen");

        // the help window follows the mode: opened in radiologist mode, then again in teaching mode
        switchTo(Mode.RADIOLOGIST);
        fx(() -> {
            window.view().showHelp();
            return null;
        });
        waitUntil(() -> helpText().contains(EN.text("key.accept")));
        assertFalse(helpText().contains(EN.text("key.quizTb")));
        switchTo(Mode.TEACHING);
        fx(() -> {
            window.view().showHelp();
            return null;
        });
        waitUntil(() -> helpText().contains(EN.text("key.quizTb")));
        assertFalse(helpText().contains(EN.text("key.accept")), "no review keys listed where they do nothing");
    }

    /** Every label of the shown help window, one per line ("" while none is shown). */
    private static String helpText() throws Exception {
        return fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#help") != null)
                .findFirst()
                .map(w -> w.getScene().getRoot().lookupAll(".label").stream()
                        .map(n -> ((javafx.scene.control.Label) n).getText()).reduce("", (a, b) -> a + "\n" + b))
                .orElse(""));
    }

    @Test
    void pointOfCareCardFollowsTheLightOfTheSharedResult() throws Exception {
        switchTo(Mode.POINT_OF_CARE);
        assertEquals(PointOfCareViewModel.Light.NONE, fx(() -> pointOfCareLight()));
        openAndWait(window, SAMPLES);
        select("RG1");
        waitUntil(() -> fx(() -> pointOfCareLight() == PointOfCareViewModel.Light.LIKELY));
        // a site threshold above the score turns the same film green: the card never disagrees with the panel
        double p = ((AnalysisResult.Scored) fx(() -> window.triage().analysis()
                .result(window.model().viewport().instanceProperty().get()).orElseThrow())).prediction().probability();
        fx(() -> {
            window.triage().results().settings().thresholdProperty().set(Math.min(0.99, p + 0.01));
            return null;
        });
        waitUntil(() -> fx(() -> pointOfCareLight() == PointOfCareViewModel.Light.NOT_LIKELY));
    }

    private PointOfCareViewModel.Light pointOfCareLight() {
        return window.view().pointOfCare().lightProperty().get();
    }
}
