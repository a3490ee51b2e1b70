package org.cxrtriage.inference.triage;

import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.ModelDescriptor;
import org.cxrtriage.inference.ModelLoader;
import org.cxrtriage.inference.ModelRejectedException;
import org.cxrtriage.inference.TbClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The shipped model, loaded on first use (1-3 s: the workstation opens at once and pays it in the background), and
 * a pool of sessions so each worker thread uses its own DJL predictor. A model that cannot be loaded is reported
 * with its reason every time it is asked for, never retried in a loop.
 */
public final class ClassifierProvider implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClassifierProvider.class);

    private final ModelLoader loader;
    private final Path modelsFolder;
    private final String modelId;
    private final ConcurrentLinkedQueue<ClassifierSession> idle = new ConcurrentLinkedQueue<>();
    private final List<ClassifierSession> all = new ArrayList<>();
    private TbClassifier classifier;
    /** Written once the model is loaded, read without the lock so the FX thread never waits for a load. */
    private volatile ModelDescriptor loaded;
    private volatile String fingerprint;
    private String failure;

    public ClassifierProvider(ModelLoader loader, Path modelsFolder, String modelId) {
        this.loader = loader;
        this.modelsFolder = modelsFolder;
        this.modelId = modelId;
    }

    /** Loads the model if needed; throws with the reason when it cannot be loaded. */
    public synchronized TbClassifier classifier() throws ModelUnavailableException {
        if (classifier == null && failure == null) {
            try {
                classifier = loader.load(modelsFolder, modelId);
                fingerprint = classifier.fingerprint();
                loaded = classifier.descriptor();
                LOG.info("model {} {} loaded", modelId, classifier.descriptor().version());
            } catch (IOException | ModelRejectedException | RuntimeException e) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.error("model {} could not be loaded from {}", modelId, modelsFolder, e);
            }
        }
        if (classifier == null) {
            throw new ModelUnavailableException("model " + modelId + " unavailable: " + failure);
        }
        return classifier;
    }

    public ModelDescriptor descriptor() throws ModelUnavailableException {
        return classifier().descriptor();
    }

    /** The descriptor if the model is already loaded; never waits for a load in progress. */
    public java.util.Optional<ModelDescriptor> loadedDescriptor() {
        return java.util.Optional.ofNullable(loaded);
    }

    /** SHA-256 fingerprint of the loaded model ({@link TbClassifier#fingerprint()}); empty until loaded. */
    public java.util.Optional<String> loadedFingerprint() {
        return java.util.Optional.ofNullable(fingerprint);
    }

    /** A session for the calling thread; give it back with {@link #release}. */
    public ClassifierSession borrow() throws ModelUnavailableException {
        TbClassifier c = classifier();
        ClassifierSession s = idle.poll();
        if (s != null) {
            return s;
        }
        synchronized (this) {
            ClassifierSession fresh = c.newSession();
            all.add(fresh);
            return fresh;
        }
    }

    public void release(ClassifierSession session) {
        idle.add(session);
    }

    @Override
    public synchronized void close() {
        all.forEach(ClassifierSession::close);
        all.clear();
        idle.clear();
        if (classifier != null) {
            classifier.close();
            classifier = null;
        }
    }

    /** The model could not be loaded; the message names it and says why. */
    public static final class ModelUnavailableException extends Exception {
        public ModelUnavailableException(String message) {
            super(message);
        }
    }
}
