package org.cxrtriage.inference.triage;

import org.cxrtriage.TestData;
import org.cxrtriage.TestModels;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.Heatmap;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Occlusion sensitivity with the shipped model on a real TB film: a normalised map, progress, prompt cancel. */
class OcclusionSensitivityTest {

    @Test
    void mapsTheProbabilityDropOfEachOccludedPatch() throws Exception {
        GreyImage film = new PictureFiles().read(TestData.cxr("tbx11k/tb0004.png"));
        ClassifierProvider models = TestModels.provider();
        ClassifierSession session = models.borrow();
        try {
            AtomicLong reported = new AtomicLong();
            Heatmap map = new OcclusionSensitivity(12, 16).compute(film, session, () -> false,
                    (done, total) -> {
                        assertEquals(144, total);
                        reported.set(done);
                    });
            assertEquals(144, reported.get(), "progress reaches all patches");
            assertEquals(12, map.width());
            assertEquals(session.descriptor().preprocessing().cropFraction(), map.cropFraction());
            float max = 0;
            int zero = 0;
            for (float v : map.values()) {
                assertTrue(v >= 0 && v <= 1, "normalised: " + v);
                max = Math.max(max, v);
                zero += v == 0 ? 1 : 0;
            }
            assertEquals(1f, max, "the strongest drop is 1 after normalising");
            assertTrue(zero < 144, "some patches matter");

            AtomicLong batches = new AtomicLong();
            assertThrows(CancellationException.class, () -> new OcclusionSensitivity(12, 16).compute(film, session,
                    () -> batches.get() >= 1, (done, total) -> batches.incrementAndGet()));
            assertEquals(1, batches.get(), "stops at the first check after cancel");
        } finally {
            models.release(session);
        }
    }
}
