package org.cxrtriage.inference;

import java.io.IOException;
import java.nio.file.Path;

/** Finds a verified model by id in a models folder and loads it into DJL (natives prepared first). */
public final class ModelLoader {
    public static final String DEFAULT_MODEL = "tb-cxr-v1";

    private final TensorFlowNatives natives;

    public ModelLoader(TensorFlowNatives natives) {
        this.natives = natives;
    }

    public TbClassifier load(Path modelsFolder, String id) throws IOException, ModelRejectedException {
        RegisteredModel model = new ModelRegistry(modelsFolder).require(id);
        return TbClassifier.load(model, natives);
    }
}
