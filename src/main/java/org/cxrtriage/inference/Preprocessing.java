package org.cxrtriage.inference;

import org.cxrtriage.imaging.GreyImage;

/**
 * The ONE preprocessing used by training, evaluation, prediction and the workstation: 8-bit grey image in,
 * {@code inputSize x inputSize} floats in [-1, 1] out (row-major, one channel).
 *
 * <ol>
 *   <li>Box-average large images down to about twice the input size, so a full-resolution DICOM and the
 *   384-pixel training copies reach the model at a similar level of detail.</li>
 *   <li>Histogram-equalise using the histogram of the central crop only. Every hospital's film ends up with the
 *   same grey-level distribution, which removes exposure/processing differences a model could otherwise use to
 *   recognise the site instead of the disease; borders, burnt-in text and padding bands do not take part.</li>
 *   <li>Resample the central crop ({@code cropFraction} of width and height) bilinearly to the square input,
 *   which cuts away most border annotations.</li>
 *   <li>Map [0, 1] to [-1, 1].</li>
 * </ol>
 *
 * @param inputSize    side of the square model input in pixels
 * @param cropFraction fraction of width/height kept around the centre (0 < f <= 1)
 */
public record Preprocessing(int inputSize, double cropFraction) {
    /** Recorded in model.json so a model is never served with a different preprocessing than it was trained on. */
    public static final String NAME = "grey8-boxreduce-histeq-centrecrop-bilinear-v1";

    public Preprocessing {
        if (inputSize < 16 || !(cropFraction > 0 && cropFraction <= 1)) {
            throw new IllegalArgumentException("bad preprocessing " + inputSize + " / " + cropFraction);
        }
    }

    public float[] toInput(GreyImage image) {
        return toInput(image, Jitter.NONE);
    }

    public float[] toInput(GreyImage image, Jitter jitter) {
        GreyImage reduced = reduce(image);
        float[] equalised = equalise(reduced);
        return resample(reduced.width(), reduced.height(), equalised, jitter);
    }

    private GreyImage reduce(GreyImage image) {
        int factor = Math.max(1, Math.min(image.width(), image.height()) / (2 * inputSize));
        if (factor == 1) {
            return image;
        }
        int w = image.width() / factor;
        int h = image.height() / factor;
        byte[] out = new byte[w * h];
        int area = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int row = (y * factor + dy) * image.width() + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        sum += image.pixels()[row + dx] & 0xFF;
                    }
                }
                out[y * w + x] = (byte) ((sum + area / 2) / area);
            }
        }
        return new GreyImage(w, h, out);
    }

    private float[] equalise(GreyImage image) {
        int w = image.width();
        int h = image.height();
        int x0 = (int) Math.floor(w * (1 - cropFraction) / 2);
        int y0 = (int) Math.floor(h * (1 - cropFraction) / 2);
        long[] histogram = new long[256];
        for (int y = y0; y < h - y0; y++) {
            for (int x = x0; x < w - x0; x++) {
                histogram[image.get(x, y)]++;
            }
        }
        long total = 0;
        long[] cdf = new long[256];
        for (int v = 0; v < 256; v++) {
            total += histogram[v];
            cdf[v] = total;
        }
        long cdfMin = 0;
        for (int v = 0; v < 256; v++) {
            if (histogram[v] > 0) {
                cdfMin = cdf[v];
                break;
            }
        }
        float[] lut = new float[256];
        double span = total - cdfMin;
        for (int v = 0; v < 256; v++) {
            // A flat image (span 0) stays mid-grey rather than dividing by zero.
            lut[v] = span <= 0 ? 0.5f : (float) Math.max(0, (cdf[v] - cdfMin) / span);
        }
        float[] out = new float[w * h];
        byte[] pixels = image.pixels();
        for (int i = 0; i < out.length; i++) {
            out[i] = lut[pixels[i] & 0xFF];
        }
        return out;
    }

    private float[] resample(int w, int h, float[] source, Jitter jitter) {
        int size = inputSize;
        float[] out = new float[size * size];
        double halfW = w * cropFraction / 2;
        double halfH = h * cropFraction / 2;
        double cos = Math.cos(jitter.rotation()) / jitter.scale();
        double sin = Math.sin(jitter.rotation()) / jitter.scale();
        for (int i = 0; i < size; i++) {
            double v = (i + 0.5) / size * 2 - 1;
            for (int j = 0; j < size; j++) {
                double u = (j + 0.5) / size * 2 - 1;
                double ur = cos * u - sin * v + jitter.shiftX();
                double vr = sin * u + cos * v + jitter.shiftY();
                double sx = w / 2.0 + ur * halfW - 0.5;
                double sy = h / 2.0 + vr * halfH - 0.5;
                double p = bilinear(source, w, h, sx, sy);
                if (jitter != Jitter.NONE) {
                    p = Math.pow(Math.max(0, p), jitter.gamma());
                    p = (p - 0.5) * jitter.contrast() + 0.5;
                    p = Math.min(1, Math.max(0, p));
                }
                out[i * size + j] = (float) (p * 2 - 1);
            }
        }
        return out;
    }

    private static double bilinear(float[] source, int w, int h, double x, double y) {
        double cx = Math.min(w - 1, Math.max(0, x));
        double cy = Math.min(h - 1, Math.max(0, y));
        int x0 = (int) Math.floor(cx);
        int y0 = (int) Math.floor(cy);
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double fx = cx - x0;
        double fy = cy - y0;
        double top = source[y0 * w + x0] * (1 - fx) + source[y0 * w + x1] * fx;
        double bottom = source[y1 * w + x0] * (1 - fx) + source[y1 * w + x1] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
