package org.cxrtriage.imaging;

import java.nio.file.Path;

/** Turns one image file (PNG/JPEG, and DICOM where wired) into the shared 8-bit {@link GreyImage}. */
public interface FilmReader {
    boolean handles(Path file);

    GreyImage read(Path file) throws ImageReadException;
}
