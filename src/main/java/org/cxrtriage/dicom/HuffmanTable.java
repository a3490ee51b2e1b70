package org.cxrtriage.dicom;

/**
 * A canonical JPEG Huffman table (T.81 Annex C) with a 9-bit lookahead: codes of up to 9 bits, which cover
 * nearly every difference category of a radiograph, are resolved by one array lookup; longer codes fall back
 * to the canonical MAXCODE/VALPTR walk.
 */
final class HuffmanTable {
    static final int LOOKAHEAD = 9;
    /** (code length << 8) | symbol for each 9-bit prefix, or 0 when the code is longer than 9 bits. */
    final int[] fast = new int[1 << LOOKAHEAD];
    /** Largest code of each length, -1 when there is none. */
    final int[] maxCode = new int[18];
    /** Index into {@link #symbols} of the first code of each length, minus that code. */
    final int[] valueOffset = new int[17];
    final int[] symbols;

    private HuffmanTable(int[] symbols) {
        this.symbols = symbols;
    }

    static HuffmanTable build(int[] counts, int[] symbols) throws JpegLosslessDecoder.Malformed {
        HuffmanTable table = new HuffmanTable(symbols);
        int code = 0;
        int k = 0;
        for (int length = 1; length <= 16; length++) {
            table.valueOffset[length] = k - code;
            for (int i = 0; i < counts[length]; i++) {
                int symbol = symbols[k];
                if (symbol > 16) {
                    throw new JpegLosslessDecoder.Malformed("Huffman symbol " + symbol
                            + " is not a lossless difference category (0–16)");
                }
                if (length <= LOOKAHEAD) {
                    int shift = LOOKAHEAD - length;
                    int first = code << shift;
                    for (int j = 0; j < (1 << shift); j++) {
                        table.fast[first + j] = (length << 8) | symbol;
                    }
                }
                code++;
                k++;
            }
            table.maxCode[length] = counts[length] == 0 ? -1 : code - 1;
            if (code > (1 << length)) {
                throw new JpegLosslessDecoder.Malformed("Huffman code lengths over-subscribe " + length + " bits");
            }
            code <<= 1;
        }
        table.maxCode[17] = Integer.MAX_VALUE; // sentinel: a code longer than 16 bits is refused by the reader
        return table;
    }
}
