package org.cxrtriage.ui;

import org.cxrtriage.imaging.DisplayImage;

/**
 * A rendered image as the screen takes it: opaque ARGB (so premultiplied is the same), made on a worker thread.
 * The viewport wraps the array in a PixelBuffer without converting anything on the FX thread, where converting a
 * 2500x2500 frame pixel by pixel would stall the pulses for a fifth of a second.
 */
public record ScreenPixels(int width, int height, int[] argb) {

    public static ScreenPixels of(DisplayImage image) {
        if (image instanceof DisplayImage.Colour c) {
            return new ScreenPixels(c.width(), c.height(), c.argb());
        }
        byte[] grey = ((DisplayImage.Grey) image).image().pixels();
        int[] out = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int g = grey[i] & 0xFF;
            out[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return new ScreenPixels(image.width(), image.height(), out);
    }
}
