package org.cxrtriage.review.export;

import org.cxrtriage.dicom.sr.RgbPixels;
import org.cxrtriage.imaging.GreyImage;

/**
 * Blends a model heatmap over the grey image it explains. Where the heat is zero the picture is the
 * original grey, so the capture never hides anatomy the model ignored; hotter areas shift from blue to red
 * and become more opaque (at most half, so the anatomy stays visible under the colour).
 */
public final class HeatmapOverlay {
    static final double MAX_OPACITY = 0.5;

    private HeatmapOverlay() {
    }

    /** @param heat 0..255 attention at any resolution; it is scaled bilinearly to the image */
    public static RgbPixels blend(GreyImage image, GreyImage heat) {
        int width = image.width();
        int height = image.height();
        byte[] rgb = new byte[3 * width * height];
        double sx = (double) heat.width() / width;
        double sy = (double) heat.height() / height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = sample(heat, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5) / 255.0;
                double alpha = MAX_OPACITY * v;
                int grey = image.get(x, y);
                int i = 3 * (y * width + x);
                rgb[i] = mix(grey, jet(v, 3), alpha);
                rgb[i + 1] = mix(grey, jet(v, 2), alpha);
                rgb[i + 2] = mix(grey, jet(v, 1), alpha);
            }
        }
        return new RgbPixels(width, height, rgb);
    }

    /** The classic blue-cyan-yellow-red ramp: channel centre 1 = blue, 2 = green, 3 = red. */
    static double jet(double v, int centre) {
        return Math.max(0, Math.min(1, 1.5 - Math.abs(4 * v - centre)));
    }

    private static byte mix(int grey, double colour, double alpha) {
        return (byte) Math.round(grey * (1 - alpha) + 255 * colour * alpha);
    }

    private static double sample(GreyImage heat, double fx, double fy) {
        double cx = Math.max(0, Math.min(heat.width() - 1, fx));
        double cy = Math.max(0, Math.min(heat.height() - 1, fy));
        int x0 = (int) Math.floor(cx);
        int y0 = (int) Math.floor(cy);
        int x1 = Math.min(heat.width() - 1, x0 + 1);
        int y1 = Math.min(heat.height() - 1, y0 + 1);
        double tx = cx - x0;
        double ty = cy - y0;
        double top = heat.get(x0, y0) * (1 - tx) + heat.get(x1, y0) * tx;
        double bottom = heat.get(x0, y1) * (1 - tx) + heat.get(x1, y1) * tx;
        return top * (1 - ty) + bottom * ty;
    }
}
