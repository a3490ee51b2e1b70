package org.cxrtriage.imaging;

/**
 * A coarse saliency grid (Grad-CAM or occlusion; row-major, 0..1) and where it lies on the image: it covers the
 * centred crop the model saw ({@code cropFraction} of width and height). {@link #valueAt} upsamples it bilinearly
 * to image pixels; outside the crop the model saw nothing, so the value there is 0.
 */
public record SaliencyMap(int width, int height, float[] values, double cropFraction) {
    public SaliencyMap {
        if (width <= 0 || height <= 0 || values.length != width * height || !(cropFraction > 0 && cropFraction <= 1)) {
            throw new IllegalArgumentException("saliency grid " + width + "x" + height + " with " + values.length
                    + " values, crop " + cropFraction);
        }
    }

    /** The map's value at the centre of image pixel (x, y) of an image {@code imageWidth x imageHeight}. */
    public double valueAt(int x, int y, int imageWidth, int imageHeight) {
        double cropW = imageWidth * cropFraction;
        double cropH = imageHeight * cropFraction;
        double u = (x + 0.5 - (imageWidth - cropW) / 2) / cropW * width - 0.5;
        double v = (y + 0.5 - (imageHeight - cropH) / 2) / cropH * height - 0.5;
        if (u < -0.5 || v < -0.5 || u > width - 0.5 || v > height - 0.5) {
            return 0;
        }
        double cu = Math.max(0, Math.min(width - 1, u));
        double cv = Math.max(0, Math.min(height - 1, v));
        int x0 = (int) cu;
        int y0 = (int) cv;
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double fx = cu - x0;
        double fy = cv - y0;
        return (values[y0 * width + x0] * (1 - fx) + values[y0 * width + x1] * fx) * (1 - fy)
                + (values[y1 * width + x0] * (1 - fx) + values[y1 * width + x1] * fx) * fy;
    }

    /** The largest grid value (for tests and for "nothing to show" decisions). */
    public double max() {
        double m = 0;
        for (float f : values) {
            m = Math.max(m, f);
        }
        return m;
    }
}
