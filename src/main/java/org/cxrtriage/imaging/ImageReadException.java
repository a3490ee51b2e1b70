package org.cxrtriage.imaging;

import java.nio.file.Path;

/** An image file that could not be turned into a {@link GreyImage}; the message reads "FILE: reason". */
public final class ImageReadException extends Exception {
    private final transient Path file;
    private final String reason;

    public ImageReadException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public ImageReadException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
