package org.cxrtriage.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what a scene shows as PNG (smoke runs, documentation screenshots). Call on the FX thread. */
public final class Screenshots {
    private Screenshots() {
    }

    public static void write(Scene scene, Path png) throws IOException {
        WritableImage shot = scene.snapshot(null);
        BufferedImage image = SwingFXUtils.fromFXImage(shot, null);
        // drop alpha: a screenshot of an opaque window should not turn transparent in viewers
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(rgb, "png", png.toFile())) {
            throw new IOException("no PNG writer available for " + png);
        }
    }
}
