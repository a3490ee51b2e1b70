package org.cxrtriage.ui;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.cxrtriage.imaging.SaliencyStyle;

/**
 * The overlay's legend: a vertical bar, value 1 at the top row and 0 at the bottom, each row painted with
 * {@link SaliencyStyle#legendRgb} of the very style object that paints the overlay.
 */
public final class ColourBar extends ImageView {
    static final int WIDTH = 18;
    static final int HEIGHT = 160;

    public ColourBar() {
        setId("saliency-legend");
        setImage(new WritableImage(WIDTH, HEIGHT));
    }

    /** The value row {@code row} of the bar shows. */
    public static double valueOfRow(int row) {
        return 1 - (double) row / (HEIGHT - 1);
    }

    public void paint(SaliencyStyle style) {
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        PixelWriter w = image.getPixelWriter();
        for (int row = 0; row < HEIGHT; row++) {
            int argb = 0xFF000000 | style.legendRgb(valueOfRow(row));
            for (int x = 0; x < WIDTH; x++) {
                w.setArgb(x, row, argb);
            }
        }
        setImage(image);
    }
}
