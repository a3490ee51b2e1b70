package org.cxrtriage.dicom;

import java.nio.file.Path;

/**
 * Decodes one frame of JPEG Lossless (ITU T.81 process 14, SOF3, Huffman) with one component into stored
 * sample values. Written because PixelMed's image-I/O path takes 1.3–2 s for a 2500x2500 chest film; a
 * table-driven Huffman decoder does the same in a fraction of that. Every length and count is checked against
 * the bitstream and the expected frame size, so hostile input ends in a {@link DicomException}, never in an
 * unbounded allocation or an endless loop.
 */
public final class JpegLosslessDecoder {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOF3 = 0xC3;
    private static final int DHT = 0xC4;
    private static final int SOS = 0xDA;
    private static final int DRI = 0xDD;
    private static final int DNL = 0xDC;

    /**
     * @param source  file the frame came from (named in every failure)
     * @param data    the frame's complete compressed bitstream (SOI … EOI)
     * @param columns expected width (from the DICOM header); a frame of another size is refused
     * @param rows    expected height
     * @return samples row by row, already shifted left by the point transform
     */
    public int[] decode(Path source, byte[] data, int columns, int rows) throws DicomException {
        try {
            return new Frame(data).decode(columns, rows);
        } catch (Malformed e) {
            throw new DicomException(source, "JPEG lossless bitstream is invalid: " + e.getMessage(), e);
        }
    }

    /** Why a bitstream is refused; turned into a DicomException naming the file. */
    static final class Malformed extends Exception {
        Malformed(String reason) {
            super(reason);
        }
    }

    /** State of decoding one frame: marker segments first, then the entropy-coded scan. */
    private static final class Frame {
        private final byte[] data;
        private int pos;
        private final HuffmanTable[] tables = new HuffmanTable[4];
        private int precision;
        private int width;
        private int height;
        private int componentId = -1;
        private int restartInterval;

        Frame(byte[] data) {
            this.data = data;
        }

        int[] decode(int columns, int rows) throws Malformed {
            if (data.length < 4 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != SOI) {
                throw new Malformed("does not start with an SOI marker");
            }
            pos = 2;
            while (true) {
                int marker = nextMarker();
                switch (marker) {
                    case SOF3 -> readFrameHeader(columns, rows);
                    case DHT -> readHuffmanTables();
                    case DRI -> readRestartInterval();
                    case SOS -> {
                        return readScan();
                    }
                    case EOI -> throw new Malformed("ends before any scan");
                    default -> {
                        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC8 && marker != 0xCC) {
                            throw new Malformed(String.format("frame type SOF%d is not lossless process 14 "
                                    + "(only SOF3 is decoded here)", marker - 0xC0));
                        }
                        skipSegment();
                    }
                }
            }
        }

        private int nextMarker() throws Malformed {
            // Fill bytes (0xFF repeated) may precede a marker; anything else between segments is corrupt.
            if (pos >= data.length || (data[pos] & 0xFF) != 0xFF) {
                throw new Malformed("expected a marker at byte " + pos);
            }
            while (pos < data.length && (data[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= data.length) {
                throw new Malformed("truncated inside a marker");
            }
            return data[pos++] & 0xFF;
        }

        private int segmentLength() throws Malformed {
            if (pos + 2 > data.length) {
                throw new Malformed("truncated segment header at byte " + pos);
            }
            int length = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
            if (length < 2 || pos + length > data.length) {
                throw new Malformed("segment length " + length + " at byte " + pos + " runs past the end");
            }
            return length;
        }

        private void skipSegment() throws Malformed {
            pos += segmentLength();
        }

        private void readFrameHeader(int columns, int rows) throws Malformed {
            int length = segmentLength();
            int p = pos + 2;
            if (length < 8) {
                throw new Malformed("SOF3 segment too short");
            }
            precision = data[p] & 0xFF;
            height = ((data[p + 1] & 0xFF) << 8) | (data[p + 2] & 0xFF);
            width = ((data[p + 3] & 0xFF) << 8) | (data[p + 4] & 0xFF);
            int components = data[p + 5] & 0xFF;
            if (components != 1) {
                throw new Malformed(components + " components: only single-component (grey) lossless is decoded");
            }
            if (length < 8 + 3 * components) {
                throw new Malformed("SOF3 segment too short for its components");
            }
            if (precision < 2 || precision > 16) {
                throw new Malformed("sample precision " + precision + " is outside 2–16");
            }
            if (height == 0) {
                throw new Malformed("the number of lines is deferred to a DNL marker, which is not supported");
            }
            if (width != columns || height != rows) {
                throw new Malformed("frame is " + width + "x" + height + " but the DICOM header says "
                        + columns + "x" + rows);
            }
            componentId = data[p + 6] & 0xFF;
            pos += length;
        }

        private void readHuffmanTables() throws Malformed {
            int length = segmentLength();
            int end = pos + length;
            int p = pos + 2;
            while (p < end) {
                int classAndId = data[p++] & 0xFF;
                if ((classAndId >> 4) != 0 || (classAndId & 0x0F) > 3) {
                    throw new Malformed("Huffman table class/id 0x" + Integer.toHexString(classAndId)
                            + " is not a lossless DC table 0–3");
                }
                if (p + 16 > end) {
                    throw new Malformed("DHT segment truncated");
                }
                int[] counts = new int[17];
                int total = 0;
                for (int i = 1; i <= 16; i++) {
                    counts[i] = data[p++] & 0xFF;
                    total += counts[i];
                }
                if (total > 256 || p + total > end) {
                    throw new Malformed("DHT segment declares " + total + " codes it does not hold");
                }
                int[] symbols = new int[total];
                for (int i = 0; i < total; i++) {
                    symbols[i] = data[p++] & 0xFF;
                }
                tables[classAndId & 0x0F] = HuffmanTable.build(counts, symbols);
            }
            pos = end;
        }

        private void readRestartInterval() throws Malformed {
            int length = segmentLength();
            if (length != 4) {
                throw new Malformed("DRI segment length " + length + " is not 4");
            }
            restartInterval = ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
            pos += length;
        }

        private int[] readScan() throws Malformed {
            if (componentId < 0) {
                throw new Malformed("scan before the SOF3 frame header");
            }
            int length = segmentLength();
            int p = pos + 2;
            int count = data[p++] & 0xFF;
            if (count != 1 || length != 6 + 2 * count) {
                throw new Malformed("scan with " + count + " components: only one is decoded");
            }
            if ((data[p++] & 0xFF) != componentId) {
                throw new Malformed("scan names a component the frame does not have");
            }
            int tableId = (data[p++] & 0xFF) >> 4;
            int predictor = data[p++] & 0xFF;
            p++; // Se: unused in lossless
            int pointTransform = data[p] & 0x0F;
            HuffmanTable table = tableId < 4 ? tables[tableId] : null;
            if (table == null) {
                throw new Malformed("scan uses Huffman table " + tableId + ", which was never defined");
            }
            if (predictor < 1 || predictor > 7) {
                throw new Malformed("predictor (selection value) " + predictor + " is not 1–7");
            }
            if (pointTransform >= precision) {
                throw new Malformed("point transform " + pointTransform + " is not below precision " + precision);
            }
            pos += length;
            // Every sample costs at least one bit, which bounds the allocation by the input size.
            if ((long) width * height > 8L * (data.length - pos) + 64) {
                throw new Malformed(width + "x" + height + " samples cannot fit in " + (data.length - pos)
                        + " bytes of entropy-coded data: truncated");
            }
            int[] out = new int[width * height];
            new ScanDecoder(data, pos, table, predictor, precision, pointTransform, restartInterval)
                    .decode(out, width, height);
            return out;
        }
    }
}
