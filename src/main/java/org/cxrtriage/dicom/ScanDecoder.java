package org.cxrtriage.dicom;

/**
 * The entropy-coded part of one lossless scan: Huffman-coded difference categories plus extra bits, undone
 * against the predictor of T.81 Table H.1. Bits come from a 64-bit buffer refilled a byte at a time with
 * 0xFF00 unstuffing; at a marker or the end the reader feeds zero bytes but counts them, so a truncated
 * stream is detected instead of decoded into plausible garbage.
 */
final class ScanDecoder {
    private final byte[] data;
    private int pos;
    private long buffer;
    private int bits;
    /** Zero bytes fed after the real data ended (at a marker or the end of the array). */
    private int padBytes;
    private boolean atMarker;

    private final HuffmanTable table;
    private final int predictor;
    private final int pointTransform;
    private final int initial;
    private final int restartInterval;

    ScanDecoder(byte[] data, int start, HuffmanTable table, int predictor, int precision, int pointTransform,
                int restartInterval) {
        this.data = data;
        this.pos = start;
        this.table = table;
        this.predictor = predictor;
        this.pointTransform = pointTransform;
        this.initial = 1 << (precision - pointTransform - 1);
        this.restartInterval = restartInterval;
    }

    void decode(int[] out, int width, int height) throws JpegLosslessDecoder.Malformed {
        int total = width * height;
        int untilRestart = restartInterval;
        int expectedRst = 0;
        // Samples of the first line of a restart interval are predicted from the left only (T.81 H.1.2.1).
        boolean firstLine = true;
        int rowStart = 0;
        for (int i = 0; i < total; i++) {
            if (i == rowStart + width) {
                rowStart = i;
                firstLine = false;
                if (padBytes > 0 && consumedPadding()) {
                    throw truncated(i);
                }
            }
            boolean resetHere = false;
            if (restartInterval > 0) {
                if (untilRestart == 0) {
                    restart(expectedRst, i);
                    expectedRst = (expectedRst + 1) & 7;
                    untilRestart = restartInterval;
                    firstLine = true;
                    resetHere = true;
                }
                untilRestart--;
            }
            int prediction;
            int x = i - rowStart;
            if (i == 0 || resetHere) {
                prediction = initial;
            } else if (firstLine) {
                prediction = out[i - 1];
            } else if (x == 0) {
                prediction = out[i - width];
            } else {
                int ra = out[i - 1];
                int rb = out[i - width];
                int rc = out[i - width - 1];
                prediction = switch (predictor) {
                    case 1 -> ra;
                    case 2 -> rb;
                    case 3 -> rc;
                    case 4 -> ra + rb - rc;
                    case 5 -> ra + ((rb - rc) >> 1);
                    case 6 -> rb + ((ra - rc) >> 1);
                    default -> (ra + rb) >> 1;
                };
            }
            out[i] = (prediction + difference()) & 0xFFFF;
        }
        if (padBytes > 0 && consumedPadding()) {
            throw truncated(total);
        }
        if (pointTransform > 0) {
            for (int i = 0; i < total; i++) {
                out[i] <<= pointTransform;
            }
        }
    }

    private boolean consumedPadding() {
        return padBytes * 8 > bits;
    }

    private JpegLosslessDecoder.Malformed truncated(int sample) {
        return new JpegLosslessDecoder.Malformed("the entropy-coded data ends (or hits a marker) after "
                + sample + " samples: truncated or corrupt");
    }

    private int difference() throws JpegLosslessDecoder.Malformed {
        if (bits < 32) {
            fill();
        }
        int peek = (int) (buffer >>> (bits - HuffmanTable.LOOKAHEAD)) & ((1 << HuffmanTable.LOOKAHEAD) - 1);
        int entry = table.fast[peek];
        int category;
        if (entry != 0) {
            bits -= entry >>> 8;
            category = entry & 0xFF;
        } else {
            category = slowSymbol();
        }
        if (category == 0) {
            return 0;
        }
        if (category == 16) {
            return 32768;
        }
        if (bits < category) {
            fill();
        }
        int value = (int) (buffer >>> (bits - category)) & ((1 << category) - 1);
        bits -= category;
        // Values below half the range are negative differences (T.81 F.2.2.1 EXTEND).
        return value < (1 << (category - 1)) ? value - (1 << category) + 1 : value;
    }

    private int slowSymbol() throws JpegLosslessDecoder.Malformed {
        // bits >= 32 here (filled in difference()), so 16 bits are available.
        int code = 0;
        for (int length = 1; length <= 16; length++) {
            code = (code << 1) | (int) ((buffer >>> (bits - length)) & 1);
            if (table.maxCode[length] >= 0 && code <= table.maxCode[length]) {
                bits -= length;
                return table.symbols[table.valueOffset[length] + code];
            }
        }
        throw new JpegLosslessDecoder.Malformed("invalid Huffman code at byte " + pos);
    }

    private void fill() {
        while (bits <= 56) {
            int b = 0;
            if (!atMarker && pos < data.length) {
                b = data[pos] & 0xFF;
                if (b == 0xFF) {
                    int next = pos + 1 < data.length ? data[pos + 1] & 0xFF : -1;
                    if (next == 0x00) {
                        pos += 2;
                    } else {
                        atMarker = true; // leave pos on the marker so restart() can check it
                        b = 0;
                        padBytes++;
                    }
                } else {
                    pos++;
                }
            } else {
                padBytes++;
            }
            buffer = (buffer << 8) | b;
            bits += 8;
        }
    }

    /** Discards the partial byte before an RSTn marker, checks the marker and resets the bit reader. */
    private void restart(int expected, int sample) throws JpegLosslessDecoder.Malformed {
        if (padBytes > 0 && consumedPadding()) {
            throw truncated(sample);
        }
        // Only the <8 padding bits of the interval may be left; reading ahead must then reach the marker.
        fill();
        if (!atMarker) {
            throw new JpegLosslessDecoder.Malformed("restart marker RST" + expected + " missing before sample "
                    + sample);
        }
        if (pos + 1 >= data.length || (data[pos + 1] & 0xFF) != 0xD0 + expected) {
            throw new JpegLosslessDecoder.Malformed("restart marker RST" + expected + " missing before sample "
                    + sample);
        }
        pos += 2;
        buffer = 0;
        bits = 0;
        padBytes = 0;
        atMarker = false;
    }
}
