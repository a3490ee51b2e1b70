package org.cxrtriage;

import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.inference.ModelLoader;
import org.cxrtriage.inference.TensorFlowNatives;
import org.cxrtriage.inference.triage.ClassifierProvider;
import org.cxrtriage.inference.triage.ImageAnalyser;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed model (models/ of the worktree) for UI tests, loaded once per test JVM: loading it takes 1-3 s and
 * every workstation test needs it. Each test gets its own {@link ImageAnalyser}, so no results are shared.
 */
public final class TestModels {
    private static ClassifierProvider shared;

    private TestModels() {
    }

    public static synchronized ClassifierProvider provider() {
        if (shared == null) {
            Path folder = Path.of("models").toAbsolutePath();
            assertTrue(Files.isDirectory(folder.resolve(ModelLoader.DEFAULT_MODEL)), "no shipped model in " + folder);
            shared = new ClassifierProvider(new ModelLoader(new TensorFlowNatives()), folder, ModelLoader.DEFAULT_MODEL);
        }
        return shared;
    }

    public static ImageAnalyser analyser(FrameDecoder decoder) {
        return new ImageAnalyser(provider(), decoder, new DisplayPipeline());
    }
}
