package org.cxrtriage.dicom;

import java.nio.file.Path;

/**
 * Opens a file, a folder (recursively), a DICOMDIR or a zip archive and groups what it finds into studies.
 * Reads headers only; bad files become {@link LoadResult.LoadFailure}s, never exceptions, so one broken file
 * never hides the good ones.
 */
public interface StudyLoader {

    /** Reports progress of a long load; called from the loading thread. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int filesDone, int filesTotal);
    }

    LoadResult load(Path path, Progress progress) throws DicomException;

    default LoadResult load(Path path) throws DicomException {
        return load(path, Progress.NONE);
    }
}
