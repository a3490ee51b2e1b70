package org.cxrtriage.inference;

import java.nio.file.Path;

/** A model folder whose checksums were verified, with its descriptor. */
public record RegisteredModel(Path folder, ModelDescriptor descriptor) {
    public Path savedModel() {
        return folder.resolve(descriptor.savedModel());
    }
}
