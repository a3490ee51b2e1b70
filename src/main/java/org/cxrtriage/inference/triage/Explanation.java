package org.cxrtriage.inference.triage;

import java.util.Locale;

/** The one plain-language line under a result, against the site's operating threshold. */
public final class Explanation {
    private Explanation() {
    }

    /** True when a probability is at or above the threshold: prioritise for TB review. */
    public static boolean flagged(double probability, double threshold) {
        return probability >= threshold;
    }

    public static String of(AnalysisResult result, double threshold) {
        if (result instanceof AnalysisResult.NotAnalysed n) {
            return "Not analysed: " + n.reason() + ". Read this image without AI support.";
        }
        double p = ((AnalysisResult.Scored) result).prediction().probability();
        if (flagged(p, threshold)) {
            return String.format(Locale.ROOT, "Score %.2f is at or above the site threshold %.2f: the model sees a"
                    + " TB-like pattern; prioritise this film for review.", p, threshold);
        }
        return String.format(Locale.ROOT, "Score %.2f is below the site threshold %.2f: the model sees no TB-like"
                + " pattern strong enough to prioritise; read as usual.", p, threshold);
    }
}
