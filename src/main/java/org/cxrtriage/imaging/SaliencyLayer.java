package org.cxrtriage.imaging;

/**
 * A saliency map painted over a rendered image with a {@link SaliencyStyle}. Pixels the style does not paint keep
 * their exact rendered value; with opacity 0 the image itself is returned, so hiding the overlay and setting its
 * opacity to 0 give the reader identical pixels.
 */
public record SaliencyLayer(SaliencyMap map, SaliencyStyle style) {

    public DisplayImage paint(DisplayImage base) {
        if (style.opacity() <= 0) {
            return base;
        }
        int w = base.width();
        int h = base.height();
        int[] out = toArgb(base);
        double[] row = new double[w];
        double[] next = new double[w];
        fillRow(next, 0, w, h);
        for (int y = 0; y < h; y++) {
            double[] swap = row;
            row = next;
            next = swap;
            if (y + 1 < h) {
                fillRow(next, y + 1, w, h);
            }
            for (int x = 0; x < w; x++) {
                double v = row[x];
                int i = y * w + x;
                if (style.contours()) {
                    int band = style.band(v);
                    boolean edge = band > 0 && ((x + 1 < w && style.band(row[x + 1]) < band)
                            || (x > 0 && style.band(row[x - 1]) < band)
                            || (y + 1 < h && style.band(next[x]) < band));
                    if (edge) {
                        out[i] = 0xFF000000 | SaliencyStyle.mix(out[i], style.colour(style.bandLevel(band)),
                                style.opacity());
                    }
                } else if (style.paints(v)) {
                    out[i] = 0xFF000000 | style.blendOver(out[i], v);
                }
            }
        }
        return new DisplayImage.Colour(w, h, out);
    }

    private void fillRow(double[] row, int y, int w, int h) {
        for (int x = 0; x < w; x++) {
            row[x] = map.valueAt(x, y, w, h);
        }
    }

    /** Opaque ARGB copy of the rendered image: grey g becomes (g, g, g). */
    static int[] toArgb(DisplayImage image) {
        if (image instanceof DisplayImage.Colour c) {
            return c.argb().clone();
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
