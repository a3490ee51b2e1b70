package org.cxrtriage.inference;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

import java.io.IOException;

/**
 * A verified model loaded into DJL's TensorFlow engine (offline, on TF Java's natives). Loaded once; every worker
 * thread opens its own {@link ClassifierSession} (one DJL Predictor each, as DJL predictors are not thread-safe).
 * NDArrays stay inside this package.
 */
public final class TbClassifier implements AutoCloseable {
    private final RegisteredModel model;
    private final Preprocessing preprocessing;
    private final ZooModel<float[], RawOutput> serving;
    private final ZooModel<float[][], float[]> batch;
    private final String fingerprint;

    /** Probability and Grad-CAM straight from the serving signature. */
    record RawOutput(float probability, float[] heatmap) {
    }

    private TbClassifier(RegisteredModel model, ZooModel<float[], RawOutput> serving,
                         ZooModel<float[][], float[]> batch, String fingerprint) {
        this.model = model;
        this.fingerprint = fingerprint;
        this.preprocessing = model.descriptor().preprocessing().toPreprocessing();
        this.serving = serving;
        this.batch = batch;
    }

    public static TbClassifier load(RegisteredModel model, TensorFlowNatives natives) throws ModelRejectedException {
        natives.prepare();
        ModelDescriptor d = model.descriptor();
        String fingerprint;
        try {
            fingerprint = Checksums.sha256(model.folder().resolve(Checksums.FILE_NAME));
        } catch (IOException e) {
            throw new ModelRejectedException(model.folder(), "checksum list unreadable (" + e.getMessage() + ")", e);
        }
        int size = d.preprocessing().inputSize();
        ZooModel<float[], RawOutput> serving = null;
        try {
            serving = Criteria.builder().setTypes(float[].class, RawOutput.class)
                    .optModelPath(model.savedModel()).optEngine("TensorFlow")
                    .optOption("SignatureDefKey", d.signatures().serving())
                    .optTranslator(new ServingTranslator(size, d.signatures()))
                    .build().loadModel();
            ZooModel<float[][], float[]> batch = Criteria.builder().setTypes(float[][].class, float[].class)
                    .optModelPath(model.savedModel()).optEngine("TensorFlow")
                    .optOption("SignatureDefKey", d.signatures().batch())
                    .optTranslator(new BatchTranslator(size, d.signatures()))
                    .build().loadModel();
            return new TbClassifier(model, serving, batch, fingerprint);
        } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
            if (serving != null) {
                serving.close();
            }
            throw new ModelRejectedException(model.folder(), "TensorFlow could not load the SavedModel ("
                    + e.getMessage() + ")", e);
        }
    }

    public ModelDescriptor descriptor() {
        return model.descriptor();
    }

    /**
     * SHA-256 of the model folder's verified checksum list: one value that changes whenever any file of the model
     * does, so a review decision names the exact weights it was made against.
     */
    public String fingerprint() {
        return fingerprint;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** A session for the calling worker thread; close it when the worker ends. */
    public ClassifierSession newSession() {
        Predictor<float[], RawOutput> one = serving.newPredictor();
        Predictor<float[][], float[]> many = batch.newPredictor();
        return new ClassifierSession(model.descriptor(), preprocessing, one, many);
    }

    @Override
    public void close() {
        serving.close();
        batch.close();
    }

    private record ServingTranslator(int size, ModelDescriptor.Signatures names)
            implements Translator<float[], RawOutput> {
        @Override
        public NDList processInput(TranslatorContext ctx, float[] input) {
            NDArray array = ctx.getNDManager().create(input, new Shape(1, size, size, 1));
            array.setName(names.input());
            return new NDList(array);
        }

        @Override
        public RawOutput processOutput(TranslatorContext ctx, NDList list) {
            // DJL returns named outputs sorted by name: look them up by name, never by position.
            float probability = list.get(names.probability()).toFloatArray()[0];
            return new RawOutput(probability, list.get(names.heatmap()).toFloatArray());
        }

        @Override
        public Batchifier getBatchifier() {
            return null;
        }
    }

    private record BatchTranslator(int size, ModelDescriptor.Signatures names)
            implements Translator<float[][], float[]> {
        @Override
        public NDList processInput(TranslatorContext ctx, float[][] inputs) {
            float[] flat = new float[inputs.length * size * size];
            for (int i = 0; i < inputs.length; i++) {
                System.arraycopy(inputs[i], 0, flat, i * size * size, size * size);
            }
            NDArray array = ctx.getNDManager().create(flat, new Shape(inputs.length, size, size, 1));
            array.setName(names.input());
            return new NDList(array);
        }

        @Override
        public float[] processOutput(TranslatorContext ctx, NDList list) {
            return list.get(names.probability()).toFloatArray();
        }

        @Override
        public Batchifier getBatchifier() {
            return null;
        }
    }
}
