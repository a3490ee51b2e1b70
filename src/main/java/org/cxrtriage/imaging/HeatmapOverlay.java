package org.cxrtriage.imaging;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws a Grad-CAM grid over its grey image with a colour legend. The grid covers the centred crop the model
 * saw ({@code cropFraction} of width and height), upsampled bilinearly; weak attention (below 0.2) is left
 * uncoloured so the film stays readable. The legend says what the colours mean and what they do not.
 */
public final class HeatmapOverlay {
    private static final int LEGEND_WIDTH = 150;
    private static final int MAX_SIDE = 768;

    public BufferedImage render(GreyImage image, int gridWidth, int gridHeight, float[] grid, double cropFraction,
                                String caption) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.width(), image.height()));
        int w = Math.max(1, (int) Math.round(image.width() * scale));
        int h = Math.max(1, (int) Math.round(image.height() * scale));
        BufferedImage out = new BufferedImage(w + LEGEND_WIDTH, Math.max(h, 320), BufferedImage.TYPE_INT_RGB);
        double cropX0 = w * (1 - cropFraction) / 2;
        double cropY0 = h * (1 - cropFraction) / 2;
        double cropW = w * cropFraction;
        double cropH = h * cropFraction;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx = Math.min(image.width() - 1, (int) (x / scale));
                int sy = Math.min(image.height() - 1, (int) (y / scale));
                int g = image.get(sx, sy);
                double u = (x + 0.5 - cropX0) / cropW * gridWidth - 0.5;
                double v = (y + 0.5 - cropY0) / cropH * gridHeight - 0.5;
                double a = 0;
                if (u >= -0.5 && v >= -0.5 && u <= gridWidth - 0.5 && v <= gridHeight - 0.5) {
                    a = sample(grid, gridWidth, gridHeight, u, v);
                }
                int rgb;
                if (a >= 0.2) {
                    int c = colour(a);
                    double alpha = 0.25 + 0.35 * a;
                    int r = (int) (g * (1 - alpha) + ((c >> 16) & 0xFF) * alpha);
                    int gg = (int) (g * (1 - alpha) + ((c >> 8) & 0xFF) * alpha);
                    int b = (int) (g * (1 - alpha) + (c & 0xFF) * alpha);
                    rgb = (r << 16) | (gg << 8) | b;
                } else {
                    rgb = (g << 16) | (g << 8) | g;
                }
                out.setRGB(x, y, rgb);
            }
        }
        drawLegend(out, w, caption);
        return out;
    }

    private static void drawLegend(BufferedImage out, int x0, String caption) {
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(24, 24, 24));
        g.fillRect(x0, 0, LEGEND_WIDTH, out.getHeight());
        int barX = x0 + 16;
        int barTop = 40;
        int barHeight = Math.max(120, out.getHeight() - 150);
        for (int i = 0; i < barHeight; i++) {
            double a = 1 - (double) i / (barHeight - 1);
            g.setColor(a >= 0.2 ? new Color(colour(a)) : Color.GRAY);
            g.fillRect(barX, barTop + i, 20, 1);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1));
        g.drawRect(barX, barTop, 20, barHeight);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("Grad-CAM", barX, 18);
        g.drawString("model attention", barX, 32);
        g.drawString("high", barX + 26, barTop + 10);
        g.drawString("low", barX + 26, barTop + barHeight);
        int textY = barTop + barHeight + 20;
        g.drawString("attention, not a", barX, textY);
        g.drawString("lesion outline", barX, textY + 14);
        g.drawString("not a diagnosis", barX, textY + 28);
        if (caption != null) {
            g.drawString(caption, barX, textY + 50);
        }
        g.dispose();
    }

    private static double sample(float[] grid, int w, int h, double u, double v) {
        double cu = Math.max(0, Math.min(w - 1, u));
        double cv = Math.max(0, Math.min(h - 1, v));
        int x0 = (int) cu;
        int y0 = (int) cv;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double fx = cu - x0;
        double fy = cv - y0;
        return (grid[y0 * w + x0] * (1 - fx) + grid[y0 * w + x1] * fx) * (1 - fy)
                + (grid[y1 * w + x0] * (1 - fx) + grid[y1 * w + x1] * fx) * fy;
    }

    /** Blue -> cyan -> yellow -> red ramp for attention 0.2..1. */
    static int colour(double a) {
        double t = Math.max(0, Math.min(1, (a - 0.2) / 0.8));
        double r = Math.min(1, Math.max(0, 2 * t - 0.4));
        double g = t < 0.6 ? t / 0.6 : 1 - (t - 0.6) / 0.4 * 0.9;
        double b = Math.max(0, 1 - 2 * t);
        return ((int) (r * 255) << 16) | ((int) (g * 255) << 8) | (int) (b * 255);
    }
}
