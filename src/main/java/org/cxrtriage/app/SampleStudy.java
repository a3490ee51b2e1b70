package org.cxrtriage.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled sample study (the repository's {@code samples/} folder). Looked for, in order: the
 * {@code cxr.samples.dir} system property; {@code samples/} beside the folder holding the jar (the jar is built to
 * {@code target/}, so from a checkout that is the repository root); {@code samples/} in the working directory.
 */
final class SampleStudy {
    static final String PROPERTY = "cxr.samples.dir";

    private SampleStudy() {
    }

    static Optional<Path> locate() {
        return locate(PROPERTY, "samples");
    }

    /** The shipped models folder, found the same way ({@code cxr.models.dir}, beside the jar, working directory). */
    static Optional<Path> locateModels() {
        return locate("cxr.models.dir", "models");
    }

    private static Optional<Path> locate(String property, String name) {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        codeLocation().map(Path::getParent).map(p -> p.getParent()).ifPresent(p -> candidates.add(p.resolve(name)));
        candidates.add(Path.of(name));
        return candidates.stream().filter(Files::isDirectory).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    /** The jar (or classes folder) this class was loaded from. */
    private static Optional<Path> codeLocation() {
        try {
            var source = SampleStudy.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException e) {
            // odd class loaders: fall back to the working directory candidate
            return Optional.empty();
        }
    }
}
