package org.cxrtriage.dicom.scan;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** A cursor over a seekable file: skipping a value is a seek, so the cost does not depend on value sizes. */
final class FileCursor implements ByteCursor {
    private final FileChannel channel;
    private final long size;
    private long position;

    FileCursor(FileChannel channel, long start) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.position = start;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public boolean readOrEnd(byte[] buffer) throws IOException {
        if (position >= size) {
            return false;
        }
        ByteBuffer target = ByteBuffer.wrap(buffer);
        while (target.hasRemaining()) {
            int n = channel.read(target, position + target.position());
            if (n < 0) {
                throw new EOFException();
            }
        }
        position += buffer.length;
        return true;
    }

    /** Moves back to a position already read (to peek at a tag). */
    void rewind(long to) {
        position = to;
    }

    @Override
    public void skip(long count) throws IOException {
        if (position + count > size) {
            throw new EOFException();
        }
        position += count;
    }
}
