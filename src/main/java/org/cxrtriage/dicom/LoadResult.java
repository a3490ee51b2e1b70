package org.cxrtriage.dicom;

import java.util.List;
import java.util.Optional;

/**
 * What opening a file, folder, DICOMDIR or zip produced: the studies found, the files that looked like DICOM
 * but failed (each with its reason), and how many non-DICOM files were skipped.
 */
public record LoadResult(List<Study> studies, List<LoadFailure> failures, int skippedNonDicom) {
    public LoadResult {
        studies = List.copyOf(studies);
        failures = List.copyOf(failures);
    }

    /** The first instance with pixel data, in study/series/instance order: what a viewer shows first. */
    public Optional<Instance> firstImage() {
        return studies.stream().flatMap(s -> s.instances().stream()).filter(Instance::hasPixels).findFirst();
    }

    /** A file that could not be read, and why (never a stack trace). */
    public record LoadFailure(java.nio.file.Path file, String reason) {
    }
}
