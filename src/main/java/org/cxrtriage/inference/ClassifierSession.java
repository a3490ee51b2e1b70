package org.cxrtriage.inference;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import org.cxrtriage.imaging.GreyImage;

import java.util.List;

/** One worker thread's handle on a {@link TbClassifier}: its own DJL predictors, not shared across threads. */
public final class ClassifierSession implements AutoCloseable {
    private final ModelDescriptor descriptor;
    private final Preprocessing preprocessing;
    private final Predictor<float[], TbClassifier.RawOutput> one;
    private final Predictor<float[][], float[]> many;

    ClassifierSession(ModelDescriptor descriptor, Preprocessing preprocessing,
                      Predictor<float[], TbClassifier.RawOutput> one, Predictor<float[][], float[]> many) {
        this.descriptor = descriptor;
        this.preprocessing = preprocessing;
        this.one = one;
        this.many = many;
    }

    /** Probability, flag and Grad-CAM for one image, in one model call. */
    public Prediction predict(GreyImage image) throws InferenceException {
        return predictInput(preprocessing.toInput(image));
    }

    /** Same as {@link #predict} on an already preprocessed input (tests compare engines on identical inputs). */
    public Prediction predictInput(float[] input) throws InferenceException {
        try {
            TbClassifier.RawOutput out = one.predict(input);
            int side = descriptor.heatmapSize();
            Heatmap heatmap = new Heatmap(side, side, out.heatmap(), preprocessing.cropFraction());
            return toPrediction(out.probability(), heatmap);
        } catch (TranslateException e) {
            throw new InferenceException("model " + descriptor.id() + " failed: " + e.getMessage(), e);
        }
    }

    /** Probabilities only, in one batched call of the probability_only signature. */
    public double[] probabilities(List<GreyImage> images) throws InferenceException {
        float[][] inputs = new float[images.size()][];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = preprocessing.toInput(images.get(i));
        }
        try {
            float[] p = many.predict(inputs);
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = p[i];
            }
            return out;
        } catch (TranslateException e) {
            throw new InferenceException("model " + descriptor.id() + " failed: " + e.getMessage(), e);
        }
    }

    public Prediction toPrediction(double probability, Heatmap heatmap) {
        return new Prediction(probability, probability >= descriptor.threshold(), descriptor.threshold(),
                descriptor.id(), descriptor.version(), heatmap);
    }

    public ModelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void close() {
        one.close();
        many.close();
    }
}
