package org.cxrtriage.dicom;

import java.nio.file.Path;

/**
 * A file could not be read or decoded. The message always names the file and a reason a person can act on;
 * the cause (if any) is for the log file, never for a dialog.
 */
public class DicomException extends Exception {
    private final transient Path file;
    private final String reason;

    public DicomException(Path file, String reason) {
        this(file, reason, null);
    }

    public DicomException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The reason without the file name. */
    public String reason() {
        return reason;
    }
}
