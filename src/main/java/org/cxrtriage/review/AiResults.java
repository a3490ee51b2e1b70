package org.cxrtriage.review;

import org.cxrtriage.dicom.Instance;
import org.cxrtriage.inference.Prediction;

/**
 * The one place that turns a model prediction on an image into the reviewable {@link AiResult}, so the workstation
 * and the CLI name a flag identically and a decision recorded in one is found by the other.
 */
public final class AiResults {
    /** The model's only finding: a TB-like-abnormality score. */
    public static final String FINDING = "TB";

    private AiResults() {
    }

    /**
     * @param modelSha256 fingerprint of the exact model build that made the prediction
     * @param threshold   the threshold in force when the reader saw it (a site's may differ from the model's)
     */
    public static AiResult of(Instance image, Prediction prediction, String modelSha256, double threshold) {
        return new AiResult(new FlagKey(image.studyInstanceUid(), image.seriesInstanceUid(), image.sopInstanceUid(),
                FINDING, new ModelIdentity(prediction.modelId(), prediction.modelVersion(), modelSha256)),
                prediction.probability(), threshold);
    }
}
