package org.cxrtriage.review;

/** Small builders for results in tests; UIDs follow our 2.25 form so they are valid DICOM UIDs. */
public final class Flags {
    public static final ModelIdentity MODEL = new ModelIdentity("cxr-tb-cnn", "1.2.0", "ab".repeat(32));
    public static final ModelIdentity NEXT_MODEL = new ModelIdentity("cxr-tb-cnn", "1.3.0", "cd".repeat(32));

    private Flags() {
    }

    public static AiResult result(String study, int image, double probability) {
        return result(study, image, probability, MODEL);
    }

    public static AiResult result(String study, int image, double probability, ModelIdentity model) {
        FlagKey key = new FlagKey(study, study + ".1", study + ".1." + image, "TB", model);
        return new AiResult(key, probability, 0.5);
    }
}
