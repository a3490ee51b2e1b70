package org.cxrtriage.dicom;

import java.util.List;

/**
 * What opening a file, folder, DICOMDIR or zip produced: the studies found, the files that looked like DICOM
 * but failed (each with its reason), and how many non-DICOM files were skipped.
 */
public record LoadResult(List<Study> studies, List<LoadFailure> failures, int skippedNonDicom) {
    public LoadResult {
        studies = List.copyOf(studies);
        failures = List.copyOf(failures);
    }

    /** A file that could not be read, and why (never a stack trace). */
    public record LoadFailure(java.nio.file.Path file, String reason) {
    }
}
