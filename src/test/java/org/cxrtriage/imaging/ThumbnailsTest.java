package org.cxrtriage.imaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ThumbnailsTest {

    @Test
    void boxFilterAveragesBlocksAndKeepsAspect() {
        // 4x2: left half 0/100 columns, right half 200/255
        byte[] px = {0, 100, (byte) 200, (byte) 255, 0, 100, (byte) 200, (byte) 255};
        GreyImage small = Thumbnails.downscale(new GreyImage(4, 2, px), 2);
        assertEquals(2, small.width());
        assertEquals(1, small.height());
        assertEquals(50, small.get(0, 0));
        assertEquals(228, small.get(1, 0)); // (200 + 255) / 2 = 227.5
    }

    @Test
    void neverEnlarges() {
        GreyImage tiny = new GreyImage(1, 1, new byte[]{7});
        assertSame(tiny, Thumbnails.downscale(tiny, 96));
    }
}
