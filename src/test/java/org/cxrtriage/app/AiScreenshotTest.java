package org.cxrtriage.app;

import javafx.stage.Stage;
import org.cxrtriage.inference.evaluation.ManifestRow;
import org.cxrtriage.ui.FlagState;
import org.cxrtriage.ui.Screenshots;
import org.cxrtriage.ui.WorklistRow;
import org.cxrtriage.ui.WorkstationWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.cxrtriage.WorkstationDriver.openAndWait;
import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * README screenshots on real GTK under Xvfb: a flagged COVID-19 film of the external set with its Grad-CAM overlay
 * and legend, and the worklist of a mixed folder. Only in the Xvfb pass (one JVM per class there).
 */
@Tag("xvfb")
@ExtendWith(ApplicationExtension.class)
class AiScreenshotTest {

    @TempDir
    Path temp;
    private TestWorkstation workstation;
    private DicomModule dicom;
    private WorkstationWindow window;
    private org.cxrtriage.TestReview review;

    @Start
    void start(Stage stage) {
        workstation = TestWorkstation.show(stage, temp);
        review = workstation.review;
        dicom = workstation.dicom;
        window = workstation.window;
    }

    @AfterEach
    void stop() {
        workstation.close();
    }

    @Test
    void flaggedCovidFilmWithOverlayAndLegend() throws Exception {
        assumeTrue(Boolean.getBoolean("cxr.xvfb.pass"), "runs in the Xvfb/GTK pass only");
        Path folder = ChestFolders.write(dicom.writer(), temp.resolve("covid"), ChestFolders.rows(
                r -> r.split().equals("external") && r.label().equals("covid19"), 10));
        openAndWait(window, folder);
        WorklistRow top = fx(() -> window.triage().worklist().shown().get(0));
        assertEquals(FlagState.FLAGGED, top.flagProperty().get(), "the highest-scored COVID-19 film is flagged");
        fx(() -> {
            window.triage().worklist().selectedProperty().set(top);
            window.triage().results().opacityProperty().set(0.45);
            window.triage().results().showOverlayProperty().set(true);
            return null;
        });
        waitUntil(() -> fx(() -> window.model().viewport().instanceProperty().get() == top.images().get(0)
                && window.model().viewport().imageProperty().get() instanceof org.cxrtriage.imaging.DisplayImage.Colour
                && !window.model().status().busyProperty().get()));
        Thread.sleep(500);
        BufferedImage shot = write("docs/screenshots/overlay-covid.png");
        // the overlay puts colour into the film: some viewport pixels are far from grey
        int coloured = 0;
        for (int y = 100; y < shot.getHeight() - 100; y += 4) {
            for (int x = 200; x < shot.getWidth() - 400; x += 4) {
                int p = shot.getRGB(x, y);
                int r = p >> 16 & 0xFF;
                int g = p >> 8 & 0xFF;
                int b = p & 0xFF;
                coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40 ? 1 : 0;
            }
        }
        assertTrue(coloured > 200, coloured + " coloured pixels");
    }

    @Test
    void worklistOfAMixedFolder() throws Exception {
        assumeTrue(Boolean.getBoolean("cxr.xvfb.pass"), "runs in the Xvfb/GTK pass only");
        List<ManifestRow> rows = new ArrayList<>();
        rows.addAll(ChestFolders.rows(r -> r.split().equals("test") && r.label().equals("tb"), 4));
        rows.addAll(ChestFolders.rows(r -> r.split().equals("test") && r.label().equals("normal"), 4));
        rows.addAll(ChestFolders.rows(r -> r.split().equals("external") && r.label().equals("covid19"), 3));
        Path folder = ChestFolders.write(dicom.writer(), temp.resolve("mixed"), rows);
        openAndWait(window, folder);
        fx(() -> {
            window.triage().worklist().selectedProperty().set(window.triage().worklist().shown().get(0));
            return null;
        });
        waitUntil(() -> fx(() -> !window.model().status().busyProperty().get()));
        Thread.sleep(500);
        write("docs/screenshots/worklist.png");
        assertEquals(11, (int) fx(() -> window.triage().worklist().shown().size()));
    }

    private BufferedImage write(String path) throws Exception {
        Path png = Path.of(path).toAbsolutePath();
        Files.createDirectories(png.getParent());
        fx(() -> {
            Screenshots.write(window.scene(), png);
            return null;
        });
        return ImageIO.read(png.toFile());
    }
}
