package org.cxrtriage.inference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelRegistryTest {

    private static Path copyShipped(Path dir) throws Exception {
        Path source = ShippedModel.modelsFolder().resolve(ModelLoader.DEFAULT_MODEL);
        Path target = dir.resolve(ModelLoader.DEFAULT_MODEL);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }

    @Test
    void theShippedModelVerifies() throws Exception {
        ModelRegistry.Scan scan = new ModelRegistry(ShippedModel.modelsFolder()).scan();
        assertTrue(scan.models().stream().anyMatch(m -> m.descriptor().id().equals(ModelLoader.DEFAULT_MODEL)),
                "refused: " + scan.refused());
        RegisteredModel model = new ModelRegistry(ShippedModel.modelsFolder()).require(ModelLoader.DEFAULT_MODEL);
        assertTrue(model.descriptor().threshold() > 0 && model.descriptor().threshold() < 1);
        assertEquals(Preprocessing.NAME, model.descriptor().preprocessing().name());
    }

    @Test
    void aChangedWeightFileIsRefused(@TempDir Path dir) throws Exception {
        Path model = copyShipped(dir);
        Path weights = model.resolve("saved_model/variables/variables.data-00000-of-00001");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(weights, bytes);
        ModelRejectedException e = assertThrows(ModelRejectedException.class,
                () -> new ModelRegistry(dir).require(ModelLoader.DEFAULT_MODEL));
        assertTrue(e.getMessage().contains("checksum mismatch for saved_model/variables/"), e.getMessage());
    }

    @Test
    void aMissingOrUnlistedFileIsRefused(@TempDir Path dir) throws Exception {
        Path model = copyShipped(dir);
        Files.delete(model.resolve("saved_model/saved_model.pb"));
        ModelRejectedException missing = assertThrows(ModelRejectedException.class,
                () -> new ModelRegistry(dir).verify(model));
        assertTrue(missing.getMessage().contains("missing file saved_model/saved_model.pb"), missing.getMessage());

        Path other = copyShipped(dir.resolve("second"));
        Files.writeString(other.resolve("saved_model/extra.pb"), "x", StandardOpenOption.CREATE_NEW);
        ModelRejectedException extra = assertThrows(ModelRejectedException.class,
                () -> new ModelRegistry(dir).verify(other));
        assertTrue(extra.getMessage().contains("not listed"), extra.getMessage());

        Files.delete(other.resolve("SHA256SUMS"));
        ModelRejectedException noSums = assertThrows(ModelRejectedException.class,
                () -> new ModelRegistry(dir).verify(other));
        assertTrue(noSums.getMessage().contains("no SHA256SUMS"), noSums.getMessage());
    }
}
