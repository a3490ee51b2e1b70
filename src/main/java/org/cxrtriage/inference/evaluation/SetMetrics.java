package org.cxrtriage.inference.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code evaluate} reports for one labelled set at the model's threshold. A set with one class only is
 * valid: AUC and the missing side's rate are then null (JSON null), never a made-up number.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SetMetrics(int n, int positives, int negatives, Double auc, Interval aucCi, double threshold,
                         int flagged, int flaggedPositives, int flaggedNegatives,
                         Double sensitivity, Interval sensitivityCi, Double specificity, Interval specificityCi) {

    private static final int BOOTSTRAP_REPLICATES = 2000;
    private static final long BOOTSTRAP_SEED = 20261203L;

    public static SetMetrics of(double[] scores, boolean[] positive, double threshold) {
        int n = scores.length;
        int pos = 0;
        int flagged = 0;
        int tp = 0;
        for (int i = 0; i < n; i++) {
            boolean flag = scores[i] >= threshold;
            pos += positive[i] ? 1 : 0;
            flagged += flag ? 1 : 0;
            tp += flag && positive[i] ? 1 : 0;
        }
        int neg = n - pos;
        int fp = flagged - tp;
        int tn = neg - fp;
        boolean both = pos > 0 && neg > 0;
        return new SetMetrics(n, pos, neg,
                both ? BinaryStatistics.auc(scores, positive) : null,
                both ? BinaryStatistics.aucBootstrap(scores, positive, BOOTSTRAP_REPLICATES, BOOTSTRAP_SEED) : null,
                threshold, flagged, tp, fp,
                pos > 0 ? (double) tp / pos : null, pos > 0 ? BinaryStatistics.wilson(tp, pos) : null,
                neg > 0 ? (double) tn / neg : null, neg > 0 ? BinaryStatistics.wilson(tn, neg) : null);
    }

    /** One human-readable line: n, classes, AUC with CI, sensitivity/specificity with CIs, k of n flagged. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(java.util.Locale.ROOT, "n=%d positives=%d negatives=%d", n, positives, negatives));
        if (auc != null) {
            s.append(String.format(java.util.Locale.ROOT, " AUC=%.3f (95%% CI %s)", auc, aucCi));
        }
        if (sensitivity != null) {
            s.append(String.format(java.util.Locale.ROOT, " sensitivity=%.3f (%d/%d, 95%% CI %s)",
                    sensitivity, flaggedPositives, positives, sensitivityCi));
        }
        if (specificity != null) {
            s.append(String.format(java.util.Locale.ROOT, " specificity=%.3f (%d/%d, 95%% CI %s)",
                    specificity, negatives - flaggedNegatives, negatives, specificityCi));
        }
        s.append(String.format(java.util.Locale.ROOT, " flagged %d of %d at threshold %.4f", flagged, n, threshold));
        return s.toString();
    }
}
