package org.cxrtriage.imaging;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A 1600x900 (16:9) teaching slide: the film with its attention overlay on the left, the colour legend beside it,
 * the words on the right, and "Triage aid — not a diagnosis" always at the bottom, whatever else is or is not
 * there. The film and overlay are {@link OverlayPicture}'s and the bar is {@link SaliencyLegend}'s, so a slide
 * shows the colours the workstation shows. Every text block is wrapped and clipped to its own column, so long
 * notes can neither spill over the film nor leave the slide; notes that do not fit end in an ellipsis.
 */
public final class TeachingSlide {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 900;
    public static final String DISCLAIMER = "Triage aid \u2014 not a diagnosis";
    static final int BACKGROUND = 0x181818;

    private static final Rectangle IMAGE_BOX = new Rectangle(30, 30, 840, 840);
    private static final Rectangle LEGEND_BAR = new Rectangle(905, 130, 28, 480);
    private static final Rectangle LEGEND_COLUMN = new Rectangle(890, 30, 130, 840);
    private static final Rectangle TEXT_COLUMN = new Rectangle(1050, 40, 520, 770);
    private static final int DISCLAIMER_BASELINE = 860;
    private static final String ELLIPSIS = "\u2026";

    /** Where the film lands for an image of this size: as large as fits the image box, aspect kept, centred. */
    public static Rectangle imageArea(GreyImage image) {
        double scale = Math.min((double) IMAGE_BOX.width / image.width(), (double) IMAGE_BOX.height / image.height());
        int w = Math.max(1, Math.min(IMAGE_BOX.width, (int) Math.round(image.width() * scale)));
        int h = Math.max(1, Math.min(IMAGE_BOX.height, (int) Math.round(image.height() * scale)));
        return new Rectangle(IMAGE_BOX.x + (IMAGE_BOX.width - w) / 2, IMAGE_BOX.y + (IMAGE_BOX.height - h) / 2, w, h);
    }

    /** The colour bar's rows (drawn only with a map): row i shows {@link SaliencyLegend#valueOfRow}(i, height). */
    public static Rectangle legendBar() {
        return new Rectangle(LEGEND_BAR);
    }

    /** The column the words are drawn in (the disclaimer sits below it). */
    public static Rectangle textColumn() {
        return new Rectangle(TEXT_COLUMN);
    }

    /** A slide without an attention map (e.g. the model could not analyse the film): the film in plain grey. */
    public BufferedImage render(GreyImage image, SlideText text) {
        Rectangle area = imageArea(image);
        return compose(OverlayPicture.render(image, area.width, area.height), area, null, text);
    }

    /** A slide with the film, {@code map} painted in {@code style}, and its legend. */
    public BufferedImage render(GreyImage image, SaliencyMap map, SaliencyStyle style, SlideText text) {
        Rectangle area = imageArea(image);
        BufferedImage picture = OverlayPicture.render(image, area.width, area.height, new SaliencyLayer(map, style));
        return compose(picture, area, style, text);
    }

    /** Writes the slide as PNG, creating missing parent folders. */
    public void write(BufferedImage slide, Path file) throws IOException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(slide, "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new IOException(file + ": cannot write the slide (" + e.getMessage() + ")", e);
        }
    }

    private static BufferedImage compose(BufferedImage picture, Rectangle area, SaliencyStyle style, SlideText text) {
        BufferedImage slide = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = slide.createGraphics();
        try {
            g.setColor(new Color(BACKGROUND));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.drawImage(picture, area.x, area.y, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            drawLegend(g, style, text.method());
            drawText(g, text);
            g.setClip(null);
            g.setColor(new Color(0xFFD27F));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            g.drawString(TextWrap.fitWith(DISCLAIMER, "", g.getFontMetrics(), TEXT_COLUMN.width), TEXT_COLUMN.x,
                    DISCLAIMER_BASELINE);
        } finally {
            g.dispose();
        }
        return slide;
    }

    private static void drawLegend(Graphics2D g, SaliencyStyle style, String method) {
        g.setClip(LEGEND_COLUMN);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        if (style == null) {
            drawBlock(g, "No attention map", LEGEND_COLUMN.x, LEGEND_BAR.y, LEGEND_COLUMN.width, LEGEND_BAR.y + 100);
            return;
        }
        SaliencyLegend.drawLabelled(g, style, method.isEmpty() ? "Attention" : method, LEGEND_BAR.x, LEGEND_BAR.y,
                LEGEND_BAR.width, LEGEND_BAR.height);
        int top = LEGEND_BAR.y + LEGEND_BAR.height + 30;
        drawBlock(g, "attention, not a lesion outline", LEGEND_COLUMN.x + 10, top, LEGEND_COLUMN.width - 10,
                top + 120);
    }

    private static void drawText(Graphics2D g, SlideText text) {
        g.setClip(TEXT_COLUMN);
        int x = TEXT_COLUMN.x;
        int width = TEXT_COLUMN.width;
        int bottom = TEXT_COLUMN.y + TEXT_COLUMN.height;
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        int y = drawBlock(g, text.title(), x, TEXT_COLUMN.y, width, TEXT_COLUMN.y + 2 * g.getFontMetrics().getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        y = drawBlock(g, text.probability(), x, y + 16, width, bottom);
        y = drawBlock(g, text.truth(), x, y + 6, width, bottom);
        g.setColor(new Color(0xB8D8FF));
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 22));
        y = drawBlock(g, text.lesson(), x, y + 16, width, bottom);
        if (!text.notes().isEmpty()) {
            g.setColor(new Color(0xA0A0A0));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            y = drawBlock(g, "Teacher's notes", x, y + 24, width, bottom);
            g.setColor(new Color(0xE0E0E0));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            drawBlock(g, text.notes(), x, y + 4, width, bottom);
        }
    }

    /**
     * Draws {@code text} wrapped to {@code width} from top {@code y}, stopping at {@code bottom}; the last line that
     * fits ends in an ellipsis when text was left out.
     *
     * @return the y just below the last line drawn
     */
    private static int drawBlock(Graphics2D g, String text, int x, int y, int width, int bottom) {
        if (text.isEmpty()) {
            return y;
        }
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = TextWrap.lines(text, fm, width);
        int line = fm.getHeight();
        int fitting = Math.max(0, Math.min(lines.size(), (bottom - y) / line));
        for (int i = 0; i < fitting; i++) {
            String s = lines.get(i);
            if (i == fitting - 1 && fitting < lines.size()) {
                s = TextWrap.fitWith(s, ELLIPSIS, fm, width);
            }
            g.drawString(s, x, y + i * line + fm.getAscent());
        }
        return y + fitting * line;
    }
}
