package org.cxrtriage.dicom.sr;

import org.cxrtriage.dicom.DicomException;

import java.nio.file.Path;

/** Writes SR documents as DICOM Part 10 files. */
public interface SrWriter {
    /** The SOP Class written: Comprehensive SR. */
    String COMPREHENSIVE_SR = "1.2.840.10008.5.1.4.1.1.88.33";

    void write(SrDocument document, Path file) throws DicomException;
}
