package org.cxrtriage.inference;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scans a {@code models/} folder: every sub-folder with a model.json is a candidate, served only when its
 * SHA256SUMS lists every file, every listed file exists with the listed hash, and model.json and the SavedModel
 * are among them. Anything else is refused with the reason, never half-loaded.
 */
public final class ModelRegistry {
    private final Path modelsFolder;
    private final ObjectMapper json = new ObjectMapper();

    public ModelRegistry(Path modelsFolder) {
        this.modelsFolder = modelsFolder;
    }

    /** Verified models and the refused folders with their reasons. */
    public record Scan(List<RegisteredModel> models, List<ModelRejectedException> refused) {
    }

    public Scan scan() throws IOException {
        List<RegisteredModel> models = new ArrayList<>();
        List<ModelRejectedException> refused = new ArrayList<>();
        if (!Files.isDirectory(modelsFolder)) {
            throw new IOException(modelsFolder + ": no models folder");
        }
        try (Stream<Path> children = Files.list(modelsFolder)) {
            for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.exists(folder.resolve(ModelDescriptor.FILE_NAME))) {
                    continue;
                }
                try {
                    models.add(verify(folder));
                } catch (ModelRejectedException e) {
                    refused.add(e);
                }
            }
        }
        return new Scan(models, refused);
    }

    /** The verified model with this id; a refusal names the reason. */
    public RegisteredModel require(String id) throws IOException, ModelRejectedException {
        Scan scan = scan();
        for (RegisteredModel model : scan.models()) {
            if (model.descriptor().id().equals(id)) {
                return model;
            }
        }
        for (ModelRejectedException e : scan.refused()) {
            if (e.getMessage().startsWith(modelsFolder.resolve(id) + ":")) {
                throw e;
            }
        }
        throw new ModelRejectedException(modelsFolder.resolve(id), "no model with id '" + id + "' in " + modelsFolder);
    }

    public RegisteredModel verify(Path folder) throws ModelRejectedException {
        Path sums = folder.resolve(Checksums.FILE_NAME);
        if (!Files.isRegularFile(sums)) {
            throw new ModelRejectedException(folder, "no " + Checksums.FILE_NAME + " (incomplete model)");
        }
        try {
            Map<String, String> expected = Checksums.read(sums);
            Set<String> present = new HashSet<>();
            for (Path file : Checksums.files(folder)) {
                present.add(folder.relativize(file).toString().replace('\\', '/'));
            }
            for (Map.Entry<String, String> entry : expected.entrySet()) {
                Path file = folder.resolve(entry.getKey());
                if (!Files.isRegularFile(file)) {
                    throw new ModelRejectedException(folder, "missing file " + entry.getKey() + " (incomplete model)");
                }
                if (!Checksums.sha256(file).equals(entry.getValue())) {
                    throw new ModelRejectedException(folder, "checksum mismatch for " + entry.getKey()
                            + " (file changed after export)");
                }
            }
            for (String file : present) {
                if (!expected.containsKey(file)) {
                    throw new ModelRejectedException(folder, "file " + file + " is not listed in "
                            + Checksums.FILE_NAME);
                }
            }
            ModelDescriptor descriptor = json.readValue(folder.resolve(ModelDescriptor.FILE_NAME).toFile(),
                    ModelDescriptor.class);
            String pb = descriptor.savedModel() + "/saved_model.pb";
            if (!expected.containsKey(ModelDescriptor.FILE_NAME) || !expected.containsKey(pb)) {
                throw new ModelRejectedException(folder, Checksums.FILE_NAME + " must cover model.json and " + pb);
            }
            descriptor.preprocessing().toPreprocessing();
            return new RegisteredModel(folder, descriptor);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new ModelRejectedException(folder, e.getMessage(), e);
        }
    }
}
