package org.cxrtriage.inference;

import org.cxrtriage.TestData;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.PictureFiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreprocessingTest {
    private final Preprocessing preprocessing = new Preprocessing(192, 0.9);

    @Test
    void equalisedInputSpansMinusOneToOneAndIsDeterministic() throws Exception {
        GreyImage film = new PictureFiles().read(TestData.cxr("shenzhen/CHNCXR_0007_0.png"));
        float[] a = preprocessing.toInput(film);
        assertEquals(192 * 192, a.length);
        double min = 1;
        double max = -1;
        double sum = 0;
        for (float v : a) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        assertTrue(min >= -1 && max <= 1, min + " " + max);
        assertTrue(max - min > 1.8, "histogram equalisation stretches to the full range");
        // Equalised intensities are close to uniform, so the mean is near 0 whatever the exposure.
        assertEquals(0, sum / a.length, 0.15);
        assertArrayEquals(a, preprocessing.toInput(film));
    }

    @Test
    void exposureChangesDoNotChangeTheInput() throws Exception {
        GreyImage film = new PictureFiles().read(TestData.cxr("shenzhen/CHNCXR_0007_0.png"));
        byte[] darker = film.pixels().clone();
        for (int i = 0; i < darker.length; i++) {
            // A monotone grey-level change (another site's processing) keeps the order of grey levels.
            darker[i] = (byte) ((film.pixels()[i] & 0xFF) * 3 / 4);
        }
        float[] a = preprocessing.toInput(film);
        float[] b = preprocessing.toInput(new GreyImage(film.width(), film.height(), darker));
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff += Math.abs(a[i] - b[i]);
        }
        assertTrue(diff / a.length < 0.02, "mean difference " + diff / a.length);
    }

    @Test
    void fullResolutionAndDownscaledCopiesLookAlike() throws Exception {
        PictureFiles files = new PictureFiles();
        float[] full = preprocessing.toInput(files.read(TestData.cxr("fullres/CHNCXR_0007_0.png")));
        float[] small = preprocessing.toInput(files.read(TestData.cxr("shenzhen/CHNCXR_0007_0.png")));
        double diff = 0;
        for (int i = 0; i < full.length; i++) {
            diff += Math.abs(full[i] - small[i]);
        }
        assertTrue(diff / full.length < 0.05, "mean difference " + diff / full.length);
    }

    @Test
    void jitterChangesTheInputAndNoneDoesNot() throws Exception {
        GreyImage film = new PictureFiles().read(TestData.cxr("shenzhen/CHNCXR_0007_0.png"));
        float[] plain = preprocessing.toInput(film);
        assertArrayEquals(plain, preprocessing.toInput(film, Jitter.NONE));
        assertNotEquals(plain[192 * 96 + 96], preprocessing.toInput(film, new Jitter(1.1, 0.1, 0.05, 0, 1.2, 1.1))[192 * 96 + 96]);
    }
}
