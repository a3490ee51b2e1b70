package org.cxrtriage.inference;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One image's result as plain values. {@code flagged} means "prioritise for TB review": probability at or above
 * the model's operating threshold. Never a diagnosis.
 */
public record Prediction(double probability, boolean flagged, double threshold, String modelId, String modelVersion,
                         @JsonIgnore Heatmap heatmap) {
}
