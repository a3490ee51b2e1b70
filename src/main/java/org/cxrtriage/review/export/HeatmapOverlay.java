package org.cxrtriage.review.export;

import org.cxrtriage.dicom.sr.RgbPixels;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.SaliencyMap;
import org.cxrtriage.imaging.SaliencyStyle;

/**
 * Blends a model heatmap over the grey image it explains, for the Secondary Capture. It paints with the
 * workstation's default {@link SaliencyStyle} (colormap, cut-off, opacity) and {@link SaliencyMap}'s bilinear
 * sampling, so a viewer that only shows the capture sees what the reader saw on screen. Below the cut-off the
 * picture is the original grey, so the capture never hides anatomy the model ignored.
 */
public final class HeatmapOverlay {
    private HeatmapOverlay() {
    }

    /** @param heat 0..255 attention at any resolution, covering the whole image; scaled bilinearly to it */
    public static RgbPixels blend(GreyImage image, GreyImage heat) {
        return blend(image, heat, SaliencyStyle.DEFAULT);
    }

    static RgbPixels blend(GreyImage image, GreyImage heat, SaliencyStyle style) {
        float[] values = new float[heat.width() * heat.height()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (heat.pixels()[i] & 0xFF) / 255f;
        }
        SaliencyMap map = new SaliencyMap(heat.width(), heat.height(), values, 1.0);
        int width = image.width();
        int height = image.height();
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int g = image.get(x, y);
                int grey = g << 16 | g << 8 | g;
                double v = map.valueAt(x, y, width, height);
                int out = style.paints(v) ? style.blendOver(grey, v) : grey;
                int i = 3 * (y * width + x);
                rgb[i] = (byte) (out >> 16);
                rgb[i + 1] = (byte) (out >> 8);
                rgb[i + 2] = (byte) out;
            }
        }
        return new RgbPixels(width, height, rgb);
    }
}
