package org.cxrtriage.inference.evaluation;

/** A 95% confidence interval. */
public record Interval(double low, double high) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f-%.3f", low, high);
    }
}
