package org.cxrtriage.dicom.scan;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A cursor over a stream of unknown length (the inflated data set of a Deflated transfer syntax). Skipping
 * reads and discards through one small scratch buffer, so a hostile length costs time bounded by the real
 * data, never memory.
 */
final class StreamCursor implements ByteCursor {
    private final InputStream in;
    private final byte[] scratch = new byte[64 * 1024];
    private long position;

    StreamCursor(InputStream in) {
        this.in = in;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public boolean readOrEnd(byte[] buffer) throws IOException {
        int done = 0;
        while (done < buffer.length) {
            int n = in.read(buffer, done, buffer.length - done);
            if (n < 0) {
                if (done == 0) {
                    return false;
                }
                throw new EOFException();
            }
            done += n;
        }
        position += buffer.length;
        return true;
    }

    @Override
    public void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (n < 0) {
                throw new EOFException();
            }
            left -= n;
            position += n;
        }
    }
}
