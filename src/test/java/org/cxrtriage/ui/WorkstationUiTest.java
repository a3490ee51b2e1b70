package org.cxrtriage.ui;

import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cxrtriage.TestData;
import org.cxrtriage.imaging.DisplayPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.cxrtriage.WorkstationDriver.text;
import static org.cxrtriage.WorkstationDriver.openAndWait;
import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real workstation window (same assembly as the application) on Monocle: mouse and keys through the robot,
 * results read from rendered viewport pixels and the overlay labels.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationUiTest {

    @TempDir
    Path temp;
    private WorkstationWindow window;
    private ExecutorService pool;

    private org.cxrtriage.TestReview review;

    @Start
    void start(Stage stage) {
        review = org.cxrtriage.TestReview.in(temp.resolve("review"), "Test Reader");
        pool = Executors.newFixedThreadPool(2);
        RealDicom dicom = new RealDicom(temp.resolve("extract"));
        window = new WorkstationWindow(stage, dicom.loader, dicom.decoder, new DisplayPipeline(), pool,
                new RecentStudies(temp.resolve("recent.txt"), 5), org.cxrtriage.TestModels.analyser(dicom.decoder),
                new SiteSettings(temp.resolve("site.properties")), review.session(),
                new org.cxrtriage.ui.UserPreferences(temp.resolve("preferences.properties")),
                org.cxrtriage.ui.Messages.english());
        window.show();
    }

    @AfterEach
    void stopWorkers() {
        review.close();
        pool.shutdownNow();
    }

    @Test
    void rightDragChangesWindowLevelReadoutAndPixels(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        String readout = text(robot, "#overlay-bottom-left");
        assertTrue(readout.startsWith("W "), readout);
        int[] before = viewportPixels(robot);

        robot.drag("#viewport", MouseButton.SECONDARY).moveBy(90, -40).drop();

        waitUntil(() -> !fx(() -> text(robot, "#overlay-bottom-left")).equals(readout));
        assertTrue(text(robot, "#overlay-bottom-left").contains("Manual"));
        waitUntil(() -> !Arrays.equals(before, viewportPixels(robot)));
    }

    @Test
    void wheelZoomsPanMovesAndResetRestoresEverything(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        ViewTransform fitted = fx(() -> window.model().viewport().transformProperty().get());
        String readout = text(robot, "#overlay-bottom-left");
        int[] initial = viewportPixels(robot);

        robot.moveTo("#viewport").scroll(3, VerticalDirection.UP);
        waitUntil(() -> fx(() -> window.model().viewport().transformProperty().get().scale()) != fitted.scale());
        ViewTransform zoomed = fx(() -> window.model().viewport().transformProperty().get());
        assertNotEquals(fitted.scale(), zoomed.scale());
        assertFalse(Arrays.equals(initial, viewportPixels(robot)), "zoom changes what is shown");

        robot.drag("#viewport", MouseButton.PRIMARY).moveBy(60, 35).drop();
        ViewTransform panned = fx(() -> window.model().viewport().transformProperty().get());
        assertEquals(zoomed.scale(), panned.scale(), 1e-9);
        assertEquals(60, panned.offsetX() - zoomed.offsetX(), 2);
        assertEquals(35, panned.offsetY() - zoomed.offsetY(), 2);

        robot.drag("#viewport", MouseButton.SECONDARY).moveBy(40, 40).drop();
        waitUntil(() -> !fx(() -> text(robot, "#overlay-bottom-left")).equals(readout));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> text(robot, "#overlay-bottom-left")).equals(readout));
        assertEquals(fitted, fx(() -> window.model().viewport().transformProperty().get()));
        waitUntil(() -> Arrays.equals(initial, viewportPixels(robot)));
    }

    @Test
    void invertKeyInvertsTheDisplayedImage(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        int[] normal = viewportPixels(robot);
        robot.type(KeyCode.I);
        waitUntil(() -> text(robot, "#overlay-bottom-left").contains("Inverted"));
        waitUntil(() -> !Arrays.equals(normal, viewportPixels(robot)));
        int[] inverted = viewportPixels(robot);
        ViewTransform t = fx(() -> window.model().viewport().transformProperty().get());
        int width = fx(() -> (int) robot.lookup("#viewport").query().getLayoutBounds().getWidth());
        double side = 440 * t.scale();
        int checked = 0;
        for (int i = 0; i < normal.length; i += 101) {
            int x = i % width;
            int y = i / width;
            // inside the image, away from its edge where smoothing blends in the black surround
            boolean inside = x > t.offsetX() + 3 && x < t.offsetX() + side - 3
                    && y > t.offsetY() + 3 && y < t.offsetY() + side - 3;
            if (inside && (normal[i] != 0 || inverted[i] != 0)) {
                assertEquals(255, normal[i] + inverted[i], 2, "pixel " + i);
                checked++;
            }
        }
        assertTrue(checked > 100, "compared " + checked + " image pixels");
    }

    @Test
    void brokenFileIsNamedInTheBannerWhileGoodImagesOpen(FxRobot robot) throws Exception {
        Path study = Files.createDirectories(temp.resolve("study"));
        Files.copy(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"), study.resolve("chest.dcm"));
        Path ct = TestData.dicom("transfer-syntax/CTImage.dcm");
        Files.copy(ct, study.resolve("ct.dcm"));
        byte[] bytes = Files.readAllBytes(ct);
        Files.write(study.resolve("broken.dcm"), Arrays.copyOf(bytes, bytes.length / 2));

        openAndWait(window, study);

        assertEquals(2, fx(() -> robot.lookup("#study-browser").queryAs(ListView.class).getItems().size()));
        String banner = fx(() -> robot.lookup(".notice-detail").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b));
        assertTrue(banner.contains("broken.dcm"), banner);
        assertFalse(banner.contains("chest.dcm"), banner);
        assertTrue(fx(() -> window.model().viewport().displayedCountProperty().get()) > 0);
        assertEquals(study.toAbsolutePath().normalize(), fx(() -> window.model().recent().entries().get(0)),
                "the opened folder heads the recent list");
    }

    @Test
    void helpListsShortcutsAndPhiToggleShowsPatientLine(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        assertTrue(text(robot, "#overlay-top-left").contains("hidden"));
        robot.type(KeyCode.P);
        waitUntil(() -> !text(robot, "#overlay-top-left").contains("hidden"));

        robot.type(KeyCode.F1);
        waitUntil(() -> fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#help") != null)));
        String help = fx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#help") != null).findFirst()
                .map(w -> w.getScene().getRoot().lookupAll(".label").stream()
                        .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b)).orElse(""));
        for (Shortcut s : window.view().shortcuts()) {
            assertTrue(help.contains(s.keys()) && help.contains(s.action()), "help lists " + s);
        }
        assertTrue(help.contains("Invert") && help.contains("Reset"), help);
    }

    // ---- helpers ----

    /** Grey levels of the viewport as rendered (snapshot of the node, so layout and scaling are included). */
    private int[] viewportPixels(FxRobot robot) {
        return fx(() -> {
            Node viewport = robot.lookup("#viewport").query();
            WritableImage shot = viewport.snapshot(null, null);
            PixelReader reader = shot.getPixelReader();
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            int[] grey = new int[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    grey[y * w + x] = reader.getArgb(x, y) & 0xFF;
                }
            }
            return maskOverlayText(grey, w, h);
        });
    }

    /** The corner texts change with the state; compare the image, not the letters. */
    private static int[] maskOverlayText(int[] grey, int w, int h) {
        int band = 90;
        for (int y = 0; y < h; y++) {
            if (y < band || y >= h - band) {
                Arrays.fill(grey, y * w, (y + 1) * w, 0);
            }
        }
        return grey;
    }
}
