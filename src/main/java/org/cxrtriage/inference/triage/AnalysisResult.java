package org.cxrtriage.inference.triage;

import org.cxrtriage.inference.Prediction;

/** What the analysis of one image came to: a score, or the reason it was not analysed. */
public sealed interface AnalysisResult {
    String sopInstanceUid();

    /** The model read the image. {@link Prediction#flagged()} is against the model's threshold; sites may differ. */
    record Scored(String sopInstanceUid, Prediction prediction) implements AnalysisResult {
    }

    /** The image was not given to the model (outside its intended use) or could not be read. */
    record NotAnalysed(String sopInstanceUid, String reason) implements AnalysisResult {
    }
}
