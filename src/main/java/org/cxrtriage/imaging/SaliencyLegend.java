package org.cxrtriage.imaging;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/**
 * The saliency colour bar drawn with Java2D, for pictures made off screen (predict's PNG, teaching slides): value 1
 * in the top row, 0 in the bottom one, each row {@link SaliencyStyle#legendRgb} of the style that painted the
 * overlay, so the legend cannot disagree with the colours it explains. (The screen's bar, {@code ui.ColourBar},
 * maps rows to values the same way.)
 */
public final class SaliencyLegend {
    private SaliencyLegend() {
    }

    /** The value row {@code row} of a bar {@code height} rows tall shows. */
    public static double valueOfRow(int row, int height) {
        return height <= 1 ? 1 : 1 - (double) row / (height - 1);
    }

    /**
     * Paints the bar's rows at ({@code x}, {@code y}), {@code width x height}, then a one-pixel white frame on its
     * outline (drawRect's outline: the top and left edge rows/columns of the bar, and one row/column past the
     * bottom/right edge).
     */
    public static void drawBar(Graphics2D g, SaliencyStyle style, int x, int y, int width, int height) {
        for (int i = 0; i < height; i++) {
            g.setColor(new Color(style.legendRgb(valueOfRow(i, height))));
            g.fillRect(x, y + i, width, 1);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1));
        g.drawRect(x, y, width, height);
    }

    /**
     * The bar with its words in the current font and colour: the method (e.g. "Grad-CAM") and "model attention"
     * above it, "high" and "low" beside its ends. The caller leaves two text lines of room above {@code y}.
     */
    public static void drawLabelled(Graphics2D g, SaliencyStyle style, String method, int x, int y, int width,
                                    int height) {
        Color text = g.getColor();
        FontMetrics fm = g.getFontMetrics();
        int line = fm.getHeight();
        g.drawString(method, x, y - line - fm.getDescent());
        g.drawString("model attention", x, y - fm.getDescent());
        drawBar(g, style, x, y, width, height);
        g.setColor(text);
        g.drawString("high", x + width + 6, y + fm.getAscent());
        g.drawString("low", x + width + 6, y + height);
    }
}
