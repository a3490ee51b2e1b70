package org.cxrtriage.dicom;

import java.nio.file.Path;

/** Writes DICOM files this application creates. Every new object gets a UID from our own root. */
public interface DicomWriter {

    /**
     * Writes an uncompressed Explicit VR Little Endian copy of {@code source} with every attribute kept and a new
     * SOP Instance UID; returns that UID.
     */
    String writeUncompressedCopy(Instance source, Path target) throws DicomException;

    /**
     * Writes an 8-bit MONOCHROME2 Secondary Capture image (row-major, one unsigned byte per pixel) with the
     * attributes the IOD requires and a window that maps stored values 0..255 to themselves; returns its SOP
     * Instance UID.
     */
    String writeGreyImage(Path target, int width, int height, byte[] pixels, String description)
            throws DicomException;
}
