package org.cxrtriage.imaging;

import java.util.Arrays;

/**
 * Range and percentiles of a frame's stored values, computed once per decoded frame: the renderer sizes its
 * lookup table from min..max and the auto window and standard presets come from the percentiles.
 *
 * @param p001 0.1th percentile (and p999 the 99.9th), p01 1st, p05 5th, p95 95th, p99 99th
 */
public record FrameStatistics(int min, int max, int p001, int p01, int p05, int p95, int p99, int p999) {

    /** Beyond this many distinct values a histogram is too big; a strided sample is sorted instead. */
    static final int MAX_HISTOGRAM = 1 << 22;
    private static final int SAMPLE = 1 << 20;

    public static FrameStatistics of(int[] samples) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int s : samples) {
            if (s < min) {
                min = s;
            }
            if (s > max) {
                max = s;
            }
        }
        long range = (long) max - min + 1;
        return range <= MAX_HISTOGRAM ? fromHistogram(samples, min, max) : fromSample(samples, min, max);
    }

    private static FrameStatistics fromHistogram(int[] samples, int min, int max) {
        int[] histogram = new int[max - min + 1];
        for (int s : samples) {
            histogram[s - min]++;
        }
        long n = samples.length;
        double[] ps = {0.001, 0.01, 0.05, 0.95, 0.99, 0.999};
        int[] out = new int[ps.length];
        long cumulative = 0;
        int next = 0;
        for (int i = 0; i < histogram.length && next < ps.length; i++) {
            cumulative += histogram[i];
            // the value at rank ceil(p*n) (nearest-rank percentile)
            while (next < ps.length && cumulative >= Math.max(1, Math.ceil(ps[next] * n))) {
                out[next++] = i + min;
            }
        }
        while (next < ps.length) {
            out[next++] = max;
        }
        return new FrameStatistics(min, max, out[0], out[1], out[2], out[3], out[4], out[5]);
    }

    private static FrameStatistics fromSample(int[] samples, int min, int max) {
        int step = Math.max(1, samples.length / SAMPLE);
        int[] sample = new int[(samples.length + step - 1) / step];
        for (int i = 0, j = 0; i < samples.length; i += step) {
            sample[j++] = samples[i];
        }
        Arrays.sort(sample);
        return new FrameStatistics(min, max, rank(sample, 0.001), rank(sample, 0.01), rank(sample, 0.05),
                rank(sample, 0.95), rank(sample, 0.99), rank(sample, 0.999));
    }

    private static int rank(int[] sorted, double p) {
        int index = (int) Math.max(1, Math.ceil(p * sorted.length)) - 1;
        return sorted[Math.min(index, sorted.length - 1)];
    }
}
