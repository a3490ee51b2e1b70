package org.cxrtriage.inference.evaluation;

import java.util.Arrays;
import java.util.Random;

/** ROC AUC (Mann-Whitney, ties count half), bootstrap and Wilson 95% intervals, the threshold rule. */
public final class BinaryStatistics {
    private static final double Z95 = 1.959963984540054;

    private BinaryStatistics() {
    }

    /** Area under the ROC curve; NaN when one class is absent. */
    public static double auc(double[] scores, boolean[] positive) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositive += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Percentile bootstrap of the AUC, resampling positives and negatives separately (stratified) so every
     * replicate has both classes; fixed seed so a report is reproducible.
     */
    public static Interval aucBootstrap(double[] scores, boolean[] positive, int replicates, long seed) {
        int[] pos = indices(positive, true);
        int[] neg = indices(positive, false);
        if (pos.length == 0 || neg.length == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        Random random = new Random(seed);
        double[] aucs = new double[replicates];
        double[] s = new double[pos.length + neg.length];
        boolean[] p = new boolean[s.length];
        for (int r = 0; r < replicates; r++) {
            for (int k = 0; k < pos.length; k++) {
                s[k] = scores[pos[random.nextInt(pos.length)]];
                p[k] = true;
            }
            for (int k = 0; k < neg.length; k++) {
                s[pos.length + k] = scores[neg[random.nextInt(neg.length)]];
                p[pos.length + k] = false;
            }
            aucs[r] = auc(s, p);
        }
        Arrays.sort(aucs);
        return new Interval(aucs[(int) Math.floor(0.025 * (replicates - 1))],
                aucs[(int) Math.ceil(0.975 * (replicates - 1))]);
    }

    /** Wilson score interval for k successes out of n; NaN bounds when n is 0. */
    public static Interval wilson(long k, long n) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * The operating threshold: the highest score t such that flagging {@code score >= t} keeps sensitivity at or
     * above {@code targetSensitivity} (the WHO triage target is 0.90).
     */
    public static double thresholdForSensitivity(double[] scores, boolean[] positive, double targetSensitivity) {
        double[] pos = Arrays.stream(indices(positive, true)).mapToDouble(i -> scores[i]).sorted().toArray();
        if (pos.length == 0) {
            throw new IllegalArgumentException("no positives to set a threshold on");
        }
        // Flagging the top m positives needs t = the m-th highest positive score; the smallest m that reaches
        // the target gives the highest such t.
        int needed = (int) Math.ceil(targetSensitivity * pos.length - 1e-9);
        return pos[pos.length - Math.max(1, needed)];
    }

    private static int[] indices(boolean[] positive, boolean wanted) {
        return java.util.stream.IntStream.range(0, positive.length).filter(i -> positive[i] == wanted).toArray();
    }
}
