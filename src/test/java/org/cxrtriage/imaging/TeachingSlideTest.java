package org.cxrtriage.imaging;

import org.cxrtriage.TestData;
import org.cxrtriage.TestModels;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.Heatmap;
import org.cxrtriage.inference.Prediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slides of a real Shenzhen film with the shipped model's real Grad-CAM, checked pixel by pixel. */
class TeachingSlideTest {
    private static GreyImage film;
    private static SaliencyMap map;
    private static Prediction prediction;
    private final TeachingSlide slides = new TeachingSlide();

    @BeforeAll
    static void analyse() throws Exception {
        film = new PictureFiles().read(TestData.cxr("shenzhen/CHNCXR_0007_0.png"));
        ClassifierSession session = TestModels.provider().borrow();
        try {
            prediction = session.predict(film);
        } finally {
            TestModels.provider().release(session);
        }
        Heatmap h = prediction.heatmap();
        map = new SaliencyMap(h.width(), h.height(), h.values(), h.cropFraction());
    }

    private static SlideText text(String notes) {
        return new SlideText("CHNCXR_0007_0.png",
                SlideText.probabilityLine(prediction.probability(), prediction.threshold()),
                "Truth: normal (not TB)", "The model did not flag a normal film: correctly not TB-like.", notes,
                "Grad-CAM");
    }

    private static int grey(int g) {
        return g << 16 | g << 8 | g;
    }

    @Test
    void theFilmCarriesTheSharedBlendAndTheLegendTheStyle() {
        SaliencyStyle style = SaliencyStyle.DEFAULT;
        BufferedImage slide = slides.render(film, map, style, text("Film from the Shenzhen set."));
        assertEquals(TeachingSlide.WIDTH, slide.getWidth());
        assertEquals(TeachingSlide.HEIGHT, slide.getHeight());
        assertEquals(16 * slide.getHeight(), 9 * slide.getWidth(), "16:9");

        Rectangle area = TeachingSlide.imageArea(film);
        GreyImage scaled = Thumbnails.resize(film, area.width, area.height);
        int painted = 0;
        int plain = 0;
        for (int y = 3; y < area.height; y += 37) {
            for (int x = 5; x < area.width; x += 41) {
                int g = grey(scaled.get(x, y));
                double v = map.valueAt(x, y, area.width, area.height);
                int expected = style.paints(v) ? style.blendOver(g, v) : g;
                assertEquals(expected, slide.getRGB(area.x + x, area.y + y) & 0xFFFFFF, "at " + x + "," + y);
                if (style.paints(v)) {
                    painted++;
                } else {
                    plain++;
                }
            }
        }
        assertTrue(painted > 20 && plain > 20, "samples cover attention and plain film: " + painted + "/" + plain);

        Rectangle bar = TeachingSlide.legendBar();
        for (int row = 1; row < bar.height; row += 7) {
            assertEquals(style.legendRgb(SaliencyLegend.valueOfRow(row, bar.height)),
                    slide.getRGB(bar.x + bar.width / 2, bar.y + row) & 0xFFFFFF, "legend row " + row);
        }
        assertTrue(inkIn(slide, TeachingSlide.textColumn()) > 2000, "the words are drawn");
        assertTrue(inkIn(slide, new Rectangle(1050, 830, 520, 40)) > 300, "the disclaimer is drawn");
    }

    @Test
    void aContourStylePaintsWhatTheScreenPaints() {
        SaliencyStyle style = SaliencyStyle.DEFAULT.withContours(true).withColormap(Colormap.JET).withOpacity(0.8);
        BufferedImage slide = slides.render(film, map, style, text(""));
        Rectangle area = TeachingSlide.imageArea(film);
        DisplayImage screen = new SaliencyLayer(map, style)
                .paint(new DisplayImage.Grey(Thumbnails.resize(film, area.width, area.height)));
        int[] argb = ((DisplayImage.Colour) screen).argb();
        int differing = 0;
        for (int y = 0; y < area.height; y++) {
            for (int x = 0; x < area.width; x++) {
                differing += (argb[y * area.width + x] & 0xFFFFFF) != (slide.getRGB(area.x + x, area.y + y) & 0xFFFFFF)
                        ? 1 : 0;
            }
        }
        assertEquals(0, differing, "every film pixel equals the screen layer's");
    }

    @Test
    void withoutAMapTheFilmIsPlainGreyAndThereIsNoBar() {
        BufferedImage slide = slides.render(film, text(""));
        Rectangle area = TeachingSlide.imageArea(film);
        GreyImage scaled = Thumbnails.resize(film, area.width, area.height);
        for (int y = 0; y < area.height; y += 5) {
            for (int x = 0; x < area.width; x += 5) {
                assertEquals(grey(scaled.get(x, y)), slide.getRGB(area.x + x, area.y + y) & 0xFFFFFF);
            }
        }
        Rectangle bar = TeachingSlide.legendBar();
        assertEquals(0, inkIn(slide, new Rectangle(bar.x, bar.y + 120, bar.width, bar.height - 120)), "no colour bar");
        assertTrue(inkIn(slide, new Rectangle(1050, 830, 520, 40)) > 300, "the disclaimer is always there");
    }

    @Test
    void longNotesWrapInsideTheirColumn() {
        String notes = "Right upper zone opacity, compare with the previous film. ".repeat(120)
                + "X".repeat(400) + " end";
        BufferedImage slide = slides.render(film, map, SaliencyStyle.DEFAULT, text(notes));
        Rectangle column = TeachingSlide.textColumn();
        assertEquals(0, inkIn(slide, new Rectangle(column.x + column.width, 0,
                TeachingSlide.WIDTH - column.x - column.width, TeachingSlide.HEIGHT)), "nothing right of the column");
        assertEquals(0, inkIn(slide, new Rectangle(column.x, column.y + column.height, column.width, 15)),
                "nothing below it but the disclaimer");
        Rectangle area = TeachingSlide.imageArea(film);
        assertEquals(0, inkIn(slide, new Rectangle(area.x + area.width, 0, 890 - area.x - area.width, 900)),
                "nothing between film and legend");

        FontMetrics fm = slide.createGraphics().getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        List<String> lines = TextWrap.lines(notes, fm, column.width);
        assertTrue(lines.size() > 40, "notes wrap to many lines: " + lines.size());
        assertTrue(lines.stream().allMatch(l -> fm.stringWidth(l) <= column.width), "every line fits");
        assertEquals(notes.replace(" ", ""), String.join("", lines).replace(" ", ""), "no character lost");
    }

    @Test
    void thePngRoundTripsAndAFailureNamesTheFile(@TempDir Path dir) throws IOException {
        BufferedImage slide = slides.render(film, map, SaliencyStyle.DEFAULT, text("notes"));
        Path file = dir.resolve("lesson 1/slides/CHNCXR_0007_0.png");
        slides.write(slide, file);
        BufferedImage back = readPng(file);
        assertEquals(1600, back.getWidth());
        assertEquals(900, back.getHeight());
        for (int y = 0; y < 900; y += 3) {
            for (int x = 0; x < 1600; x += 3) {
                assertEquals(slide.getRGB(x, y), back.getRGB(x, y));
            }
        }
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "x");
        Path impossible = blocker.resolve("slide.png");
        IOException e = assertThrows(IOException.class, () -> slides.write(slide, impossible));
        assertTrue(e.getMessage().startsWith(impossible.toString()), e.getMessage());
    }

    /** Reads with the JDK's PNG reader: ImageIO.read would probe PixelMed's plug-in, which prints to stdout. */
    private static BufferedImage readPng(Path file) throws IOException {
        ImageReader reader = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersBySuffix("png"); it.hasNext(); ) {
            ImageReader r = it.next();
            if (r.getClass().getName().startsWith("com.sun.imageio.")) {
                reader = r;
            }
        }
        assertTrue(reader != null, "the JDK's PNG reader");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    /** Pixels in {@code r} that differ from the slide's background. */
    private static int inkIn(BufferedImage slide, Rectangle r) {
        int ink = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                ink += (slide.getRGB(x, y) & 0xFFFFFF) != TeachingSlide.BACKGROUND ? 1 : 0;
            }
        }
        return ink;
    }
}
