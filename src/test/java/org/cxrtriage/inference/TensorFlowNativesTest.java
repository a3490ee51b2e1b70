package org.cxrtriage.inference;

import ai.djl.engine.Engine;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DJL's TensorFlow engine runs on TF Java's own natives, offline, and never fills its download cache. */
class TensorFlowNativesTest {

    @Test
    void djlUsesTfJavasNativesAndDownloadsNothing() {
        Path folder = new TensorFlowNatives().prepare();
        assertTrue(Files.isRegularFile(folder.resolve("libjnitensorflow.so")), folder.toString());
        assertTrue(folder.toString().contains("tensorflow-core-native"), folder.toString());
        assertEquals("true", System.getProperty("ai.djl.offline"));
        Engine engine = Engine.getEngine("TensorFlow");
        assertEquals("TensorFlow", engine.getEngineName());
        Path djlCache = Path.of(System.getProperty("user.home"), ".djl.ai", "tensorflow");
        assertFalse(Files.exists(djlCache), "DJL downloaded natives into " + djlCache);
    }
}
