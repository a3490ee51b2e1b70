package org.cxrtriage.imaging;

/**
 * Small previews for the study browser, and films resized for off-screen pictures (predict PNG, teaching slide):
 * box-filtered so a 2500-pixel film does not alias into noise.
 */
public final class Thumbnails {
    private Thumbnails() {
    }

    /** The image scaled so its longer side is at most {@code maxSide}, keeping its aspect ratio; never enlarged. */
    public static GreyImage downscale(GreyImage image, int maxSide) {
        int longer = Math.max(image.width(), image.height());
        if (longer <= maxSide) {
            return image;
        }
        int w = Math.max(1, (int) Math.round((double) image.width() * maxSide / longer));
        int h = Math.max(1, (int) Math.round((double) image.height() * maxSide / longer));
        return resize(image, w, h);
    }

    /**
     * The image at exactly {@code w x h}: each output pixel is the mean of the source pixels it covers (a box
     * filter, so shrinking does not alias), and when enlarging the one source pixel it falls in (nearest
     * neighbour, so enlarging adds no grey levels the film does not have).
     */
    public static GreyImage resize(GreyImage image, int w, int h) {
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("resize to " + w + "x" + h);
        }
        if (w == image.width() && h == image.height()) {
            return image;
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * image.height() / h);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * image.height() / h));
            for (int x = 0; x < w; x++) {
                int x0 = (int) ((long) x * image.width() / w);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * image.width() / w));
                long sum = 0;
                for (int yy = y0; yy < y1; yy++) {
                    int row = yy * image.width();
                    for (int xx = x0; xx < x1; xx++) {
                        sum += image.pixels()[row + xx] & 0xFF;
                    }
                }
                out[y * w + x] = (byte) Math.round((double) sum / ((long) (x1 - x0) * (y1 - y0)));
            }
        }
        return new GreyImage(w, h, out);
    }
}
