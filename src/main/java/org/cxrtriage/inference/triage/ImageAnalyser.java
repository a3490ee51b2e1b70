package org.cxrtriage.inference.triage;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.InferenceException;
import org.cxrtriage.inference.ModelDescriptor;
import org.cxrtriage.inference.Prediction;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Analyses one image: eligibility from the header, decode of frame 0, the default-window rendering (exactly what
 * {@code predict} feeds the model for a DICOM file), eligibility of the pixels, then probability + Grad-CAM in one
 * model call. Results are cached by SOP Instance UID and model id + version, so reopening a study is instant and a
 * new model version never serves an old score. Thread-safe: each call borrows its own session.
 */
public final class ImageAnalyser {
    private final ClassifierProvider models;
    private final FrameDecoder decoder;
    private final DisplayPipeline pipeline;
    private final ConcurrentHashMap<CacheKey, AnalysisResult> cache = new ConcurrentHashMap<>();

    private record CacheKey(String sopInstanceUid, String modelId, String modelVersion) {
    }

    public ImageAnalyser(ClassifierProvider models, FrameDecoder decoder, DisplayPipeline pipeline) {
        this.models = models;
        this.decoder = decoder;
        this.pipeline = pipeline;
    }

    /** The cached result, if this instance was analysed with the loaded model; never loads or waits. */
    public Optional<AnalysisResult> cached(Instance instance) {
        return models.loadedDescriptor().map(d -> cache.get(key(instance, d)));
    }

    /**
     * @param cancelled checked between the slow steps; a cancelled analysis throws {@link CancellationException}
     *                  and caches nothing
     */
    public AnalysisResult analyse(Instance instance, BooleanSupplier cancelled) {
        String uid = instance.sopInstanceUid();
        ModelDescriptor descriptor;
        try {
            descriptor = models.descriptor();
        } catch (ClassifierProvider.ModelUnavailableException e) {
            return new AnalysisResult.NotAnalysed(uid, e.getMessage());
        }
        CacheKey key = key(instance, descriptor);
        AnalysisResult hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        AnalysisResult result = compute(instance, descriptor, cancelled);
        cache.put(key, result);
        return result;
    }

    private AnalysisResult compute(Instance instance, ModelDescriptor descriptor, BooleanSupplier cancelled) {
        String uid = instance.sopInstanceUid();
        Eligibility rules = new Eligibility(descriptor.preprocessing().inputSize());
        Optional<String> headerProblem = rules.headerProblem(instance);
        if (headerProblem.isPresent()) {
            return new AnalysisResult.NotAnalysed(uid, headerProblem.get());
        }
        GreyImage image;
        try {
            image = render(instance);
        } catch (DicomException e) {
            return new AnalysisResult.NotAnalysed(uid, "cannot decode: " + e.reason());
        }
        checkCancelled(cancelled);
        Optional<String> pixelProblem = rules.pixelProblem(image);
        if (pixelProblem.isPresent()) {
            return new AnalysisResult.NotAnalysed(uid, pixelProblem.get());
        }
        try {
            return new AnalysisResult.Scored(uid, predict(image));
        } catch (ClassifierProvider.ModelUnavailableException e) {
            return new AnalysisResult.NotAnalysed(uid, e.getMessage());
        } catch (InferenceException e) {
            return new AnalysisResult.NotAnalysed(uid, "model call failed: " + e.getMessage());
        }
    }

    /** The 8-bit image the model reads: frame 0 with the default window, as {@code predict} renders a DICOM. */
    public GreyImage render(Instance instance) throws DicomException {
        return pipeline.renderDefault(decoder.decode(instance, 0), instance.pixels());
    }

    private Prediction predict(GreyImage image) throws ClassifierProvider.ModelUnavailableException,
            InferenceException {
        ClassifierSession session = models.borrow();
        try {
            return session.predict(image);
        } finally {
            models.release(session);
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("analysis cancelled");
        }
    }

    private static CacheKey key(Instance instance, ModelDescriptor d) {
        return new CacheKey(instance.sopInstanceUid(), d.id(), d.version());
    }

    public ClassifierProvider models() {
        return models;
    }
}
