package org.cxrtriage.app;

import org.cxrtriage.TestData;
import org.cxrtriage.cli.WorkstationOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The smoke path end to end on real GTK under Xvfb: the composition root starts JavaFX, opens a real chest film,
 * waits until it is on screen and writes the documentation screenshot. Only in the Xvfb pass, because
 * {@code Platform.startup} can run once per JVM and the headless pass already runs JavaFX on Monocle.
 */
@Tag("xvfb")
class WorkstationScreenshotTest {

    @Test
    void smokeRunOpensAChestFilmAndWritesTheScreenshot() throws Exception {
        assumeTrue(Boolean.getBoolean("cxr.xvfb.pass"), "runs in the Xvfb/GTK pass only");
        Path png = Path.of("docs/screenshots/workstation.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Path chest = TestData.dicom("radiography/RG1_J2KI.dcm");

        int exit;
        try (CompositionRoot root = new CompositionRoot()) {
            exit = root.launchWorkstation(new WorkstationOptions(chest, true, png, null, null));
        }

        assertEquals(0, exit);
        BufferedImage shot = ImageIO.read(png.toFile());
        assertTrue(shot.getWidth() >= 1024 && shot.getHeight() >= 640, shot.getWidth() + "x" + shot.getHeight());
        // the film fills the middle of the window: its centre is lit, the reading-room chrome at the edge is dark
        int centre = shot.getRGB(shot.getWidth() / 2, shot.getHeight() / 2) & 0xFF;
        int corner = shot.getRGB(shot.getWidth() - 5, shot.getHeight() / 2) & 0xFF;
        assertTrue(centre > 40, "centre grey " + centre);
        assertTrue(corner < 40, "surround grey " + corner);
    }
}
