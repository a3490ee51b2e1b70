package org.cxrtriage.imaging;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws a saliency map over its grey image with a colour legend, for {@code predict --heatmap}. The pixels come
 * from {@link OverlayPicture} (the screen's {@link SaliencyLayer}) and the bar from {@link SaliencyLegend}, so a
 * PNG written here shows exactly what the reader sees on screen with the same style. The legend says what
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
        Graphics2D g = out.createGraphics();
        g.drawImage(OverlayPicture.render(image, w, h, new SaliencyLayer(map, style)), 0, 0, null);
        drawLegend(g, out.getHeight(), w, style, caption);
        g.dispose();
        return out;
    }

    private static void drawLegend(Graphics2D g, int height, int x0, SaliencyStyle style, String caption) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(24, 24, 24));
        g.fillRect(x0, 0, LEGEND_WIDTH, height);
        int barX = x0 + 16;
        int barTop = 40;
        int barHeight = Math.max(120, height - 150);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        SaliencyLegend.drawLabelled(g, style, "Grad-CAM", barX, barTop, 20, barHeight);
        int textY = barTop + barHeight + 20;
        g.drawString("attention, not a", barX, textY);
        g.drawString("lesion outline", barX, textY + 14);
        g.drawString("not a diagnosis", barX, textY + 28);
        if (caption != null) {
            g.drawString(caption, barX, textY + 50);
        }
    }
}
