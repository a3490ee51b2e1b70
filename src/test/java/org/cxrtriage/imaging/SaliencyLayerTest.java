package org.cxrtriage.imaging;

import org.cxrtriage.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colormaps, the legend's mapping and blending over a real chest film. */
class SaliencyLayerTest {
    /** One hot cell in the upper left of a 4x4 grid, the rest 0. */
    private static final SaliencyMap HOT_CORNER = new SaliencyMap(4, 4, new float[]{
            1, 0.5f, 0, 0,
            0.5f, 0.25f, 0, 0,
            0, 0, 0, 0,
            0, 0, 0, 0}, 0.9);

    private static DisplayImage film() throws Exception {
        return new DisplayImage.Grey(new PictureFiles().read(TestData.cxr("shenzhen/CHNCXR_0007_0.png")));
    }

    @Test
    void opacityZeroLeavesEveryPixelExactlyAsRendered() throws Exception {
        DisplayImage base = film();
        DisplayImage painted = new SaliencyLayer(HOT_CORNER, SaliencyStyle.DEFAULT.withOpacity(0)).paint(base);
        assertSame(base, painted);
        DisplayImage contours = new SaliencyLayer(HOT_CORNER, SaliencyStyle.DEFAULT.withOpacity(0).withContours(true))
                .paint(base);
        assertSame(base, contours);
    }

    @Test
    void paintsWhereTheMapIsHighAndNowhereElse() throws Exception {
        DisplayImage.Grey base = (DisplayImage.Grey) film();
        GreyImage g = base.image();
        SaliencyStyle style = new SaliencyStyle(Colormap.JET, 0.6, 0.2, false);
        int[] out = ((DisplayImage.Colour) new SaliencyLayer(HOT_CORNER, style).paint(base)).argb();
        int changed = 0;
        int kept = 0;
        for (int y = 0; y < g.height(); y += 7) {
            for (int x = 0; x < g.width(); x += 7) {
                int grey = g.get(x, y);
                int expectedBase = 0xFF000000 | grey << 16 | grey << 8 | grey;
                double v = HOT_CORNER.valueAt(x, y, g.width(), g.height());
                int i = y * g.width() + x;
                if (v >= 0.2) {
                    assertEquals(0xFF000000 | style.blendOver(expectedBase, v), out[i], "painted at " + x + "," + y);
                    changed++;
                } else {
                    assertEquals(expectedBase, out[i], "untouched at " + x + "," + y);
                    kept++;
                }
            }
        }
        assertTrue(changed > 100 && kept > changed, changed + " painted, " + kept + " kept");
    }

    @Test
    void contourModePaintsLinesOnlyInsideThePaintedArea() throws Exception {
        DisplayImage.Grey base = (DisplayImage.Grey) film();
        SaliencyStyle filled = new SaliencyStyle(Colormap.VIRIDIS, 1, 0.2, false);
        int[] fill = ((DisplayImage.Colour) new SaliencyLayer(HOT_CORNER, filled).paint(base)).argb();
        int[] lines = ((DisplayImage.Colour) new SaliencyLayer(HOT_CORNER, filled.withContours(true)).paint(base)).argb();
        int[] plain = SaliencyLayer.toArgb(base);
        int filledCount = 0;
        int lineCount = 0;
        for (int i = 0; i < plain.length; i++) {
            filledCount += fill[i] != plain[i] ? 1 : 0;
            if (lines[i] != plain[i]) {
                lineCount++;
                assertNotEquals(plain[i], fill[i], "a contour pixel lies inside the filled area");
            }
        }
        assertTrue(lineCount > 0 && lineCount < filledCount / 5, lineCount + " line vs " + filledCount + " filled");
    }

    @Test
    void legendShowsTheColormapAboveTheCutOffAndNothingBelow() {
        for (Colormap map : Colormap.values()) {
            SaliencyStyle style = new SaliencyStyle(map, 0.5, 0.3, false);
            for (int i = 0; i <= 100; i++) {
                double v = i / 100.0;
                int expected = v >= 0.3 ? map.rgb(v) : SaliencyStyle.UNPAINTED;
                assertEquals(expected, style.legendRgb(v), map + " at " + v);
            }
        }
        assertNotEquals(Colormap.VIRIDIS.rgb(0.7), Colormap.JET.rgb(0.7));
    }

    @Test
    void colormapsHaveTheirPublishedEnds() {
        assertEquals(0x440154, Colormap.VIRIDIS.rgb(0));
        assertEquals(0xFDE725, Colormap.VIRIDIS.rgb(1));
        assertEquals(0x26828E, Colormap.VIRIDIS.rgb(0.5));
        assertEquals(0x000080, Colormap.JET.rgb(0));
        assertEquals(0x800000, Colormap.JET.rgb(1));
        // viridis gets brighter monotonically (perceptually ordered), jet does not
        double last = -1;
        for (int i = 0; i <= 20; i++) {
            int c = Colormap.VIRIDIS.rgb(i / 20.0);
            double luma = 0.299 * (c >> 16 & 0xFF) + 0.587 * (c >> 8 & 0xFF) + 0.114 * (c & 0xFF);
            assertTrue(luma > last, "viridis luma rises at " + i);
            last = luma;
        }
    }

    @Test
    void mapIsZeroOutsideTheModelsCrop() {
        SaliencyMap all = new SaliencyMap(2, 2, new float[]{1, 1, 1, 1}, 0.8);
        assertEquals(0, all.valueAt(0, 0, 100, 100));
        assertEquals(1, all.valueAt(50, 50, 100, 100), 1e-9);
        assertArrayEquals(new float[]{1, 1, 1, 1}, all.values());
    }
}
