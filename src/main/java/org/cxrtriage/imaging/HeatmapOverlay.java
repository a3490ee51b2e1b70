package org.cxrtriage.imaging;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws a saliency map over its grey image with a colour legend, for {@code predict --heatmap}. Sampling
 * ({@link SaliencyMap#valueAt}), colours, cut-off and opacity ({@link SaliencyStyle}) are the workstation's own,
 * so a PNG written here shows exactly what the reader sees on screen with the same style. The legend says what
 * the colours mean and what they do not.
 */
public final class HeatmapOverlay {
    private static final int LEGEND_WIDTH = 150;
    private static final int MAX_SIDE = 768;

    public BufferedImage render(GreyImage image, SaliencyMap map, SaliencyStyle style, String caption) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.width(), image.height()));
        int w = Math.max(1, (int) Math.round(image.width() * scale));
        int h = Math.max(1, (int) Math.round(image.height() * scale));
        BufferedImage out = new BufferedImage(w + LEGEND_WIDTH, Math.max(h, 320), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = image.get(Math.min(image.width() - 1, (int) (x / scale)),
                        Math.min(image.height() - 1, (int) (y / scale)));
                int grey = (g << 16) | (g << 8) | g;
                double value = map.valueAt(x, y, w, h);
                out.setRGB(x, y, style.paints(value) ? style.blendOver(grey, value) : grey);
            }
        }
        drawLegend(out, w, style, caption);
        return out;
    }

    private static void drawLegend(BufferedImage out, int x0, SaliencyStyle style, String caption) {
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(24, 24, 24));
        g.fillRect(x0, 0, LEGEND_WIDTH, out.getHeight());
        int barX = x0 + 16;
        int barTop = 40;
        int barHeight = Math.max(120, out.getHeight() - 150);
        for (int i = 0; i < barHeight; i++) {
            double a = 1 - (double) i / (barHeight - 1);
            g.setColor(new Color(style.legendRgb(a)));
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
}
