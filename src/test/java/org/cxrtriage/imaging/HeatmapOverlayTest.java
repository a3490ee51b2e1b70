package org.cxrtriage.imaging;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The predict overlay paints exactly what the workstation's style would, and leaves weak attention grey. */
class HeatmapOverlayTest {
    @Test
    void paintsWithTheWorkstationStyleAndLeavesWeakAttentionGrey() {
        byte[] pixels = new byte[100 * 100];
        Arrays.fill(pixels, (byte) 90);
        GreyImage image = new GreyImage(100, 100, pixels);
        // 2x2 grid over the whole image: top-left cell hot, the rest cold.
        SaliencyMap map = new SaliencyMap(2, 2, new float[] {1f, 0f, 0f, 0f}, 1.0);
        SaliencyStyle style = SaliencyStyle.DEFAULT;

        BufferedImage out = new HeatmapOverlay().render(image, map, style, "p=0.9");

        int grey = 90 << 16 | 90 << 8 | 90;
        assertEquals(style.blendOver(grey, map.valueAt(5, 5, 100, 100)), out.getRGB(5, 5) & 0xFFFFFF);
        assertEquals(grey, out.getRGB(95, 95) & 0xFFFFFF, "no attention: the film's own grey");
        // Legend bar: 170 rows from y=40 (image height 320 - 150), value 1 at the top; row 42 is inside the frame.
        assertEquals(style.legendRgb(1 - 2.0 / 169), out.getRGB(100 + 16 + 5, 42) & 0xFFFFFF, "legend = style");
        assertEquals(SaliencyStyle.UNPAINTED, out.getRGB(100 + 16 + 5, 40 + 168) & 0xFFFFFF, "below cut-off");
    }
}
