package org.cxrtriage.dicom.scan;

import org.cxrtriage.dicom.DicomException;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Walks every element header of a file (meta group, data set, sequences, items, encapsulated fragments) and
 * checks each length against the bytes that can really be there, before a toolkit allocates a buffer of that
 * size. Also tells non-DICOM files apart from broken DICOM files, and guesses the transfer syntax of a raw data
 * set without File Meta Information (the way old CR files were written).
 */
public final class StructureScanner {
    static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
    static final String DEFLATED = "1.2.840.10008.1.2.1.99";

    private static final int PREAMBLE = 128;

    private final long maxElementBytes;

    /**
     * @param maxElementBytes the largest single value accepted even when the file is big enough (a sane bound for
     *                        deflated data sets, whose real size is unknown until inflated)
     */
    public StructureScanner(long maxElementBytes) {
        this.maxElementBytes = maxElementBytes;
    }

    public StructureScanner() {
        this(2L * 1024 * 1024 * 1024);
    }

    public FileStructure scan(Path file) throws DicomException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(file, channel);
        } catch (IOException e) {
            throw new DicomException(file, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private FileStructure scan(Path file, FileChannel channel) throws IOException, DicomException {
        long size = channel.size();
        byte[] head = new byte[(int) Math.min(size, PREAMBLE + 4)];
        channel.read(java.nio.ByteBuffer.wrap(head), 0);
        long metaStart;
        if (head.length == PREAMBLE + 4 && isDicm(head, PREAMBLE)) {
            metaStart = PREAMBLE + 4;
        } else if (head.length >= 4 && isDicm(head, 0)) {
            metaStart = 4;
        } else if (head.length >= 8 && shortLE(head, 0) == 0x0002 && isVr(head[4], head[5])) {
            metaStart = 0;
        } else {
            return scanRawDataSet(file, channel, head);
        }
        FileCursor cursor = new FileCursor(channel, metaStart);
        ElementWalker meta = new ElementWalker(maxElementBytes, file, cursor, true, false);
        String transferSyntax = meta.readMetaGroup();
        if (transferSyntax.isEmpty()) {
            throw new DicomException(file, "the File Meta Information has no Transfer Syntax UID (0002,0010)");
        }
        long dataSetStart = cursor.position();
        boolean pixels;
        if (DEFLATED.equals(transferSyntax)) {
            InflaterInputStream inflated = new InflaterInputStream(
                    new BufferedInputStream(Channels.newInputStream(channel.position(dataSetStart))), new Inflater(true));
            pixels = new ElementWalker(maxElementBytes, file, new StreamCursor(inflated), true, false).walkDataSet();
        } else {
            pixels = new ElementWalker(maxElementBytes, file, cursor, !IMPLICIT_LE.equals(transferSyntax), EXPLICIT_BE.equals(transferSyntax))
                    .walkDataSet();
        }
        return new FileStructure(true, true, transferSyntax, pixels);
    }

    /** No preamble and no meta group: accept it only if the first element looks like a real data set's. */
    private FileStructure scanRawDataSet(Path file, FileChannel channel, byte[] head) throws IOException, DicomException {
        if (head.length < 8) {
            return FileStructure.notDicom();
        }
        int groupLE = shortLE(head, 0);
        int groupBE = ((head[0] & 0xFF) << 8) | (head[1] & 0xFF);
        String transferSyntax;
        if (plausibleFirstGroup(groupLE)) {
            transferSyntax = isVr(head[4], head[5]) ? EXPLICIT_LE : IMPLICIT_LE;
        } else if (plausibleFirstGroup(groupBE) && isVr(head[4], head[5])) {
            transferSyntax = EXPLICIT_BE;
        } else {
            return FileStructure.notDicom();
        }
        ElementWalker walker = new ElementWalker(maxElementBytes, file, new FileCursor(channel, 0), !IMPLICIT_LE.equals(transferSyntax),
                EXPLICIT_BE.equals(transferSyntax));
        return new FileStructure(true, false, transferSyntax, walker.walkDataSet());
    }

    /** A raw data set starts with an even group no higher than 0008 (identifying or directory attributes). */
    private static boolean plausibleFirstGroup(int group) {
        return group >= 0x0002 && group <= 0x0008 && group % 2 == 0;
    }

    private static boolean isDicm(byte[] b, int at) {
        return b[at] == 'D' && b[at + 1] == 'I' && b[at + 2] == 'C' && b[at + 3] == 'M';
    }

    static boolean isVr(byte a, byte b) {
        return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z';
    }

    private static int shortLE(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
    }

    static boolean vrHasLongLength(String vr) {
        return switch (vr) {
            case "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" -> true;
            default -> false;
        };
    }

    static String name(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
