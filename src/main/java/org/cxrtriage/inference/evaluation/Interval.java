package org.cxrtriage.inference.evaluation;

/** A 95% confidence interval; JSON form [low, high]. */
@com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.ARRAY)
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"low", "high"})
public record Interval(double low, double high) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f-%.3f", low, high);
    }
}
