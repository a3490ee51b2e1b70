package org.cxrtriage.dicom.scan;

import org.cxrtriage.dicom.DicomException;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.cxrtriage.dicom.scan.StructureScanner.isVr;
import static org.cxrtriage.dicom.scan.StructureScanner.name;
import static org.cxrtriage.dicom.scan.StructureScanner.vrHasLongLength;

/**
 * One pass over the elements of one encoding (explicit or implicit VR, little or big endian), checking every
 * length against what can really follow it. Recursion depth is bounded so hostile nesting cannot overflow the
 * stack.
 */
final class ElementWalker {
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_DELIMITER = 0xFFFEE00D;
    private static final int SEQUENCE_DELIMITER = 0xFFFEE0DD;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int MAX_DEPTH = 64;

    private final long maxElementBytes;
    private final Path file;
    private final ByteCursor cursor;
    private final boolean explicit;
    private final boolean bigEndian;
    private final byte[] tagBytes = new byte[4];
    private final byte[] four = new byte[4];
    private final byte[] two = new byte[2];
    private boolean sawPixelData;

    ElementWalker(long maxElementBytes, Path file, ByteCursor cursor, boolean explicit, boolean bigEndian) {
        this.maxElementBytes = maxElementBytes;
        this.file = file;
        this.cursor = cursor;
        this.explicit = explicit;
        this.bigEndian = bigEndian;
    }

    /** Reads group 0002 and returns its Transfer Syntax UID (empty when absent). */
    String readMetaGroup() throws IOException, DicomException {
        String transferSyntax = "";
        try {
            while (cursor.position() < cursor.size()) {
                long start = cursor.position();
                cursor.readFully(tagBytes);
                int tag = tag(tagBytes);
                if ((tag >>> 16) != 0x0002) {
                    rewindTo(start);
                    break;
                }
                long length = readLengthExplicit(tag);
                checkFits(tag, cursor.position(), length, cursor.size());
                if (tag == 0x00020010 && length <= 64) {
                    byte[] value = new byte[(int) length];
                    cursor.readFully(value);
                    transferSyntax = new String(value, StandardCharsets.US_ASCII).replace('\0', ' ').trim();
                } else {
                    cursor.skip(length);
                }
            }
        } catch (EOFException e) {
            throw new DicomException(file, "the file ends inside its File Meta Information (truncated)", e);
        }
        return transferSyntax;
    }

    private void rewindTo(long position) throws IOException {
        ((FileCursor) cursor).rewind(position);
    }

    /** Walks the top-level data set; returns true when it holds Pixel Data. */
    boolean walkDataSet() throws IOException, DicomException {
        walk(Long.MAX_VALUE, false, 0);
        return sawPixelData;
    }

    /**
     * Walks elements until {@code end} (exclusive), or until an Item Delimitation Item when
     * {@code untilDelimiter}; at the top level a clean end of file ends the walk.
     */
    private void walk(long end, boolean untilDelimiter, int depth) throws IOException, DicomException {
        if (depth > MAX_DEPTH) {
            throw new DicomException(file, "sequences are nested more than " + MAX_DEPTH + " deep");
        }
        while (cursor.position() < end) {
            long start = cursor.position();
            if (!readTagOrEnd(start, depth == 0 && !untilDelimiter)) {
                return;
            }
            int tag = tag(tagBytes);
            if (tag == ITEM_DELIMITER || tag == SEQUENCE_DELIMITER) {
                readLength32(start, tag);
                if (untilDelimiter) {
                    return;
                }
                continue;
            }
            boolean sequence;
            boolean unknownSequence = false;
            long length;
            if (explicit) {
                String vr = readVr(start, tag);
                length = vrHasLongLength(vr) ? readReservedAndLength32(start, tag) : readLength16(start, tag);
                unknownSequence = "UN".equals(vr) && length == UNDEFINED;
                sequence = "SQ".equals(vr) || unknownSequence;
            } else {
                length = readLength32(start, tag);
                sequence = length == UNDEFINED;
            }
            if (depth == 0 && tag == PIXEL_DATA) {
                sawPixelData = true;
            }
            if (length == UNDEFINED) {
                if (tag == PIXEL_DATA) {
                    walkFragments(start, end);
                } else if (unknownSequence) {
                    // UN of undefined length: its items are encoded Implicit VR Little Endian (PS3.5 6.2.2)
                    new ElementWalker(maxElementBytes, file, cursor, false, false).walkItems(Long.MAX_VALUE, true, depth, end);
                } else if (sequence) {
                    walkItems(Long.MAX_VALUE, true, depth, end);
                } else {
                    throw new DicomException(file, String.format(
                            "element %s has an undefined length but is not a sequence", name(tag)));
                }
                continue;
            }
            checkFits(tag, cursor.position(), length, Math.min(end, boundOfFile()));
            if (sequence || (!explicit && startsWithItem(length))) {
                walkItems(cursor.position() + length, false, depth, end);
            } else {
                skipValue(tag, length);
            }
        }
    }

    /** Items of a sequence: defined-length items are walked inside their bounds, others to their delimiter. */
    private void walkItems(long sequenceEnd, boolean untilDelimiter, int depth, long enclosingEnd)
            throws IOException, DicomException {
        while (cursor.position() < sequenceEnd) {
            long start = cursor.position();
            readTag(start);
            int tag = tag(tagBytes);
            long length = readLength32(start, tag);
            if (tag == SEQUENCE_DELIMITER) {
                if (untilDelimiter) {
                    return;
                }
                continue;
            }
            if (tag != ITEM) {
                throw new DicomException(file, String.format(
                        "expected a sequence item at byte %d but found %s", start, name(tag)));
            }
            if (length == UNDEFINED) {
                walk(Long.MAX_VALUE, true, depth + 1);
            } else {
                long bound = Math.min(Math.min(sequenceEnd, enclosingEnd), boundOfFile());
                checkFits(tag, cursor.position(), length, bound);
                walk(cursor.position() + length, false, depth + 1);
            }
        }
    }

    /** Encapsulated Pixel Data: offset table and fragments, each a defined-length item. */
    private void walkFragments(long pixelStart, long end) throws IOException, DicomException {
        while (true) {
            long start = cursor.position();
            readTag(start);
            int tag = tag(tagBytes);
            long length = readLength32(start, tag);
            if (tag == SEQUENCE_DELIMITER) {
                return;
            }
            if (tag != ITEM || length == UNDEFINED) {
                throw new DicomException(file, String.format(
                        "encapsulated Pixel Data starting at byte %d has a bad fragment %s at byte %d",
                        pixelStart, name(tag), start));
            }
            checkFits(tag, cursor.position(), length, Math.min(end, boundOfFile()));
            skipValue(tag, length);
        }
    }

    private boolean startsWithItem(long length) throws IOException {
        if (length < 8 || !(cursor instanceof FileCursor fileCursor)) {
            return false;
        }
        long start = cursor.position();
        cursor.readFully(four);
        fileCursor.rewind(start);
        return tag(four) == ITEM;
    }

    private long boundOfFile() {
        return cursor.size() < 0 ? Long.MAX_VALUE : cursor.size();
    }

    private void checkFits(int tag, long valueStart, long length, long bound) throws DicomException {
        if (bound != Long.MAX_VALUE && valueStart + length > bound) {
            String where = bound == cursor.size()
                    ? "the file has " + cursor.size()
                    : "its enclosing item ends " + (bound - valueStart) + " bytes after it starts";
            throw new DicomException(file, String.format("element %s claims %d bytes but %s", name(tag), length,
                    where));
        }
        if (length > maxElementBytes) {
            throw new DicomException(file, String.format("element %s claims %d bytes, more than the %d accepted",
                    name(tag), length, maxElementBytes));
        }
    }

    private void skipValue(int tag, long length) throws IOException, DicomException {
        long start = cursor.position();
        try {
            cursor.skip(length);
        } catch (EOFException e) {
            throw new DicomException(file, String.format(
                    "element %s claims %d bytes but the data set ends %d bytes after it starts",
                    name(tag), length, cursor.position() - start), e);
        }
    }

    private boolean readTagOrEnd(long start, boolean endAllowed) throws IOException, DicomException {
        try {
            if (cursor.readOrEnd(tagBytes)) {
                return true;
            }
        } catch (EOFException e) {
            throw truncated(start, e);
        }
        if (endAllowed) {
            return false;
        }
        throw truncated(start, null);
    }

    private void readTag(long start) throws IOException, DicomException {
        if (!readTagOrEnd(start, false)) {
            throw truncated(start, null);
        }
    }

    private String readVr(long start, int tag) throws IOException, DicomException {
        if ((tag >>> 16) == 0xFFFE) {
            throw new DicomException(file, "unexpected item tag " + name(tag) + " at byte " + start);
        }
        read(two, start);
        if (!isVr(two[0], two[1])) {
            throw new DicomException(file, String.format("element %s at byte %d has no valid VR", name(tag), start));
        }
        return new String(two, StandardCharsets.US_ASCII);
    }

    private long readLength16(long start, int tag) throws IOException, DicomException {
        read(two, start);
        return bigEndian ? ((two[0] & 0xFF) << 8) | (two[1] & 0xFF) : (two[0] & 0xFF) | ((two[1] & 0xFF) << 8);
    }

    private long readReservedAndLength32(long start, int tag) throws IOException, DicomException {
        read(two, start);
        return readLength32(start, tag);
    }

    private long readLength32(long start, int tag) throws IOException, DicomException {
        read(four, start);
        return Integer.toUnsignedLong(int32(four));
    }

    private long readLengthExplicit(int tag) throws IOException, DicomException {
        long start = cursor.position();
        String vr = readVr(start, tag);
        return vrHasLongLength(vr) ? readReservedAndLength32(start, tag) : readLength16(start, tag);
    }

    private void read(byte[] buffer, long start) throws IOException, DicomException {
        try {
            cursor.readFully(buffer);
        } catch (EOFException e) {
            throw truncated(start, e);
        }
    }

    private DicomException truncated(long start, Throwable cause) {
        return new DicomException(file, "the file ends inside the element header at byte " + start + " (truncated)",
                cause);
    }

    private int tag(byte[] b) {
        int group = bigEndian ? ((b[0] & 0xFF) << 8) | (b[1] & 0xFF) : (b[0] & 0xFF) | ((b[1] & 0xFF) << 8);
        int element = bigEndian ? ((b[2] & 0xFF) << 8) | (b[3] & 0xFF) : (b[2] & 0xFF) | ((b[3] & 0xFF) << 8);
        return (group << 16) | element;
    }

    private int int32(byte[] b) {
        return bigEndian
                ? ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF)
                : (b[0] & 0xFF) | ((b[1] & 0xFF) << 8) | ((b[2] & 0xFF) << 16) | ((b[3] & 0xFF) << 24);
    }
}
