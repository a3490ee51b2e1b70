package org.cxrtriage.dicom.sr;

import org.cxrtriage.dicom.DicomException;

import java.nio.file.Path;

/** Writes {@link SecondaryCapture} objects as DICOM Part 10 files. */
public interface SecondaryCaptureWriter {
    void write(SecondaryCapture capture, Path file) throws DicomException;
}
