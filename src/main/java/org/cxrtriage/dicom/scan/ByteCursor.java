package org.cxrtriage.dicom.scan;

import java.io.EOFException;
import java.io.IOException;

/** Sequential reads over a file or an inflated stream, with a position and (when known) a size. */
interface ByteCursor {

    /** Bytes available in total, or {@code -1} when unknown (a deflated data set). */
    long size();

    long position();

    /** Reads exactly {@code buffer.length} bytes; returns false on a clean end of data before the first byte. */
    boolean readOrEnd(byte[] buffer) throws IOException;

    default void readFully(byte[] buffer) throws IOException {
        if (!readOrEnd(buffer)) {
            throw new EOFException();
        }
    }

    /** Skips {@code count} bytes without allocating them; EOFException when the data ends first. */
    void skip(long count) throws IOException;
}
