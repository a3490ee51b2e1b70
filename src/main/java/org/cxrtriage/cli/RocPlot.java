package org.cxrtriage.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;

/** ROC curve PNG for {@code evaluate}: the curve, the chance diagonal and the operating point at the threshold. */
final class RocPlot {
    private static final int SIZE = 480;
    private static final int MARGIN = 50;

    BufferedImage draw(double[] scores, boolean[] positive, double threshold, String title) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        int plot = SIZE - 2 * MARGIN;
        g.setColor(Color.LIGHT_GRAY);
        g.drawLine(x(0, plot), y(0, plot), x(1, plot), y(1, plot));
        g.setColor(Color.BLACK);
        g.drawRect(MARGIN, MARGIN, plot, plot);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("1 - specificity (false positive rate)", MARGIN + 80, SIZE - 15);
        g.drawString("sensitivity", 5, MARGIN - 10);
        g.drawString(title, MARGIN, 25);
        long pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        long neg = positive.length - pos;
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        g.setColor(new Color(0, 90, 180));
        g.setStroke(new BasicStroke(2));
        double tp = 0;
        double fp = 0;
        int px = x(0, plot);
        int py = y(0, plot);
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (positive[i]) {
                tp++;
            } else {
                fp++;
            }
            // Tied scores move together (one diagonal segment), as the AUC counts them.
            if (k + 1 < order.length && scores[order[k + 1]] == scores[i]) {
                continue;
            }
            int nx = x(neg == 0 ? 0 : fp / neg, plot);
            int ny = y(pos == 0 ? 0 : tp / pos, plot);
            g.drawLine(px, py, nx, ny);
            px = nx;
            py = ny;
        }
        long tpAt = 0;
        long fpAt = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= threshold) {
                if (positive[i]) {
                    tpAt++;
                } else {
                    fpAt++;
                }
            }
        }
        int ox = x(neg == 0 ? 0 : (double) fpAt / neg, plot);
        int oy = y(pos == 0 ? 0 : (double) tpAt / pos, plot);
        g.setColor(Color.RED);
        g.fillOval(ox - 5, oy - 5, 10, 10);
        g.drawString(String.format(Locale.ROOT, "threshold %.4f", threshold), Math.min(ox + 8, SIZE - 120), oy + 15);
        g.dispose();
        return image;
    }

    private static int x(double fpr, int plot) {
        return MARGIN + (int) Math.round(fpr * plot);
    }

    private static int y(double tpr, int plot) {
        return MARGIN + plot - (int) Math.round(tpr * plot);
    }
}
