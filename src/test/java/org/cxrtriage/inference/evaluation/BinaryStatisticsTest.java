package org.cxrtriage.inference.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinaryStatisticsTest {

    @Test
    void aucCountsPairsAndTiesHalf() {
        double[] s = {0.9, 0.8, 0.7, 0.6, 0.5, 0.5};
        boolean[] y = {true, false, true, false, true, false};
        // Positive-negative pairs: (0.9: 3 wins) (0.7: 2 wins) (0.5: 1 tie) -> (3 + 2 + 0.5) / 9
        assertEquals(5.5 / 9, BinaryStatistics.auc(s, y), 1e-12);
        assertTrue(Double.isNaN(BinaryStatistics.auc(new double[]{0.1, 0.2}, new boolean[]{true, true})));
    }

    @Test
    void wilsonMatchesTheStudysSeventyEightOfEightyEight() {
        // 78/88 = 0.886; the Wilson 95% interval is 0.803-0.937 (textbook formula, z = 1.96).
        Interval ci = BinaryStatistics.wilson(78, 88);
        assertEquals(0.8034, ci.low(), 5e-4);
        assertEquals(0.9371, ci.high(), 5e-4);
        Interval none = BinaryStatistics.wilson(0, 10);
        assertEquals(0, none.low(), 1e-12);
        assertEquals(0.2775, none.high(), 5e-4);
    }

    @Test
    void thresholdIsTheHighestThatKeepsNinetyPercentSensitivity() {
        double[] s = {0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.85, 0.05};
        boolean[] y = {true, true, true, true, true, true, true, true, true, true, false, false};
        double t = BinaryStatistics.thresholdForSensitivity(s, y, 0.90);
        // 10 positives: 9 must be flagged, so t is the 9th highest positive score.
        assertEquals(0.2, t, 1e-12);
        SetMetrics m = SetMetrics.of(s, y, t);
        assertEquals(0.9, m.sensitivity(), 1e-12);
        assertEquals(0.5, m.specificity(), 1e-12);
        assertEquals(10, m.flagged());
    }

    @Test
    void onePositiveClassSetReportsSensitivityOnly() {
        SetMetrics m = SetMetrics.of(new double[]{0.9, 0.2, 0.7}, new boolean[]{true, true, true}, 0.5);
        assertNull(m.auc());
        assertNull(m.specificity());
        assertEquals(2, m.flagged());
        assertTrue(m.summary().contains("flagged 2 of 3"), m.summary());
    }

    @Test
    void bootstrapIntervalBracketsTheAuc() {
        java.util.Random r = new java.util.Random(1);
        double[] s = new double[200];
        boolean[] y = new boolean[200];
        for (int i = 0; i < 200; i++) {
            y[i] = i % 2 == 0;
            s[i] = r.nextGaussian() + (y[i] ? 1 : 0);
        }
        double auc = BinaryStatistics.auc(s, y);
        Interval ci = BinaryStatistics.aucBootstrap(s, y, 1000, 7);
        assertTrue(ci.low() < auc && auc < ci.high(), ci + " vs " + auc);
        assertTrue(ci.high() - ci.low() < 0.2, "interval too wide: " + ci);
    }
}
