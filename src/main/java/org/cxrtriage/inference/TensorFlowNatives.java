package org.cxrtriage.inference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Points DJL's TensorFlow engine at TF Java 1.0.0's own native library, the one place that does so. DJL would
 * otherwise look for TF 2.16 natives and try to download them; with {@code ai.djl.offline=true} and
 * {@code TENSORFLOW_LIBRARY_PATH} set to the folder javacpp extracted TF Java's natives to, it loads ours and
 * never goes online. Must run before DJL's engine first initialises.
 */
public final class TensorFlowNatives {
    private static final Logger LOG = LoggerFactory.getLogger(TensorFlowNatives.class);
    static final String PROPERTY = "TENSORFLOW_LIBRARY_PATH";
    private static final String LIBRARY = "libjnitensorflow.so";

    /** Sets the properties (idempotent) and returns the native folder DJL will load from. */
    public synchronized Path prepare() {
        System.setProperty("ai.djl.offline", "true");
        String existing = System.getProperty(PROPERTY);
        if (existing != null && Files.exists(Path.of(existing))) {
            return Path.of(existing);
        }
        // Loading TF Java extracts its natives into the javacpp cache (first run: ~630 MB, then reused).
        String version = org.tensorflow.TensorFlow.version();
        Path cache;
        try {
            cache = org.bytedeco.javacpp.Loader.getCacheDir().toPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot locate the javacpp cache folder", e);
        }
        Path folder = find(cache).orElseThrow(() -> new IllegalStateException(
                "TensorFlow " + version + " loaded but " + LIBRARY + " was not found under " + cache));
        System.setProperty(PROPERTY, folder.toString());
        LOG.info("TensorFlow {} natives for DJL: {}", version, folder);
        return folder;
    }

    private static Optional<Path> find(Path cache) {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(p -> p.getFileName().toString().equals(LIBRARY))
                    .filter(p -> p.toString().contains("tensorflow-core-native"))
                    .map(Path::getParent)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the javacpp cache " + cache, e);
        }
    }
}
