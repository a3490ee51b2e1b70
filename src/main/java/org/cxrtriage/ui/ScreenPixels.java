package org.cxrtriage.ui;

import org.cxrtriage.imaging.DisplayImage;

/**
 * A rendered image as the screen takes it: opaque ARGB (so premultiplied is the same), made on a worker thread and
 * box-reduced by {@code factor} when the image is shown at less than half size. The viewport wraps the array in a
 * PixelBuffer without converting anything on the FX thread, and the renderer never scales a 2500x2500 texture
 * down to a 900-pixel viewport on every frame — both of which stalled the pulses by a tenth of a second or more.
 *
 * @param sourceWidth  width of the rendered image in image pixels (what the view transform is expressed in)
 */
public record ScreenPixels(int width, int height, int[] argb, int sourceWidth, int sourceHeight) {

    /** The image reduced by an integer factor (1 = as rendered); never below the on-screen size. */
    public static ScreenPixels of(DisplayImage image, int factor) {
        int w = image.width();
        int h = image.height();
        if (factor <= 1) {
            return new ScreenPixels(w, h, argb(image), w, h);
        }
        int rw = Math.max(1, w / factor);
        int rh = Math.max(1, h / factor);
        int[] out = new int[rw * rh];
        int area = factor * factor;
        // read grey bytes directly: no full-size ARGB copy of a 2500x2500 film (25 MB of garbage per render)
        byte[] grey = image instanceof DisplayImage.Grey g ? g.image().pixels() : null;
        int[] colour = grey == null ? ((DisplayImage.Colour) image).argb() : null;
        for (int y = 0; y < rh; y++) {
            for (int x = 0; x < rw; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int row = (y * factor + dy) * w + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        if (grey != null) {
                            int v = grey[row + dx] & 0xFF;
                            r += v;
                            g += v;
                            b += v;
                        } else {
                            int p = colour[row + dx];
                            r += p >> 16 & 0xFF;
                            g += p >> 8 & 0xFF;
                            b += p & 0xFF;
                        }
                    }
                }
                out[y * rw + x] = 0xFF000000 | (r + area / 2) / area << 16 | (g + area / 2) / area << 8
                        | (b + area / 2) / area;
            }
        }
        return new ScreenPixels(rw, rh, out, w, h);
    }

    /** Reduction factor for a view scale: the largest integer that keeps at least one texel per screen pixel. */
    public static int factorFor(double scale) {
        return scale >= 0.5 ? 1 : (int) Math.floor(1 / scale);
    }

    private static int[] argb(DisplayImage image) {
        if (image instanceof DisplayImage.Colour c) {
            return c.argb();
        }
        byte[] grey = ((DisplayImage.Grey) image).image().pixels();
        int[] out = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int g = grey[i] & 0xFF;
            out[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return out;
    }
}
