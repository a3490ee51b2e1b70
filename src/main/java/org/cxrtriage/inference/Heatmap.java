package org.cxrtriage.inference;

/**
 * Grad-CAM of the last convolutional block as a plain grid (row-major, values 0..1, 1 = strongest), covering the
 * model's input square, i.e. the central crop of the image. Attention of the network, not a lesion outline.
 *
 * @param cropFraction the fraction of the image's width/height the grid covers, centred
 */
public record Heatmap(int width, int height, float[] values, double cropFraction) {
    public Heatmap {
        if (values.length != width * height) {
            throw new IllegalArgumentException("heatmap " + width + "x" + height + " with " + values.length + " values");
        }
    }

    public float get(int x, int y) {
        return values[y * width + x];
    }
}
