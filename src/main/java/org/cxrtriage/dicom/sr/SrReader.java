package org.cxrtriage.dicom.sr;

import org.cxrtriage.dicom.DicomException;

import java.nio.file.Path;

/** Reads SR documents (ours or anyone's that use the value types of {@link SrItem}) and image headers. */
public interface SrReader {
    SrFile readReport(Path file) throws DicomException;

    /** The header of an image an SR will report on, without decoding its pixels. */
    AnalysedImage readImageHeader(Path file) throws DicomException;
}
