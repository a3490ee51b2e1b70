package org.cxrtriage.dicom.pixelmed;

/** Pixel Data values as read (unsigned, not yet masked to Bits Stored), over either bytes or 16-bit words. */
interface RawSamples {
    int length();

    int get(int index);

    static RawSamples ofBytes(byte[] values) {
        return new RawSamples() {
            @Override
            public int length() {
                return values.length;
            }

            @Override
            public int get(int index) {
                return values[index] & 0xFF;
            }
        };
    }

    static RawSamples ofWords(short[] values) {
        return new RawSamples() {
            @Override
            public int length() {
                return values.length;
            }

            @Override
            public int get(int index) {
                return values[index] & 0xFFFF;
            }
        };
    }

    /** 8-bit samples that arrived packed two per little-endian word (OW for Bits Allocated 8). */
    static RawSamples ofPackedBytes(short[] words) {
        return new RawSamples() {
            @Override
            public int length() {
                return words.length * 2;
            }

            @Override
            public int get(int index) {
                int word = words[index >> 1] & 0xFFFF;
                return (index & 1) == 0 ? word & 0xFF : word >>> 8;
            }
        };
    }

    /** Samples already decoded to one int each (our JPEG lossless decoder). */
    static RawSamples ofInts(int[] values) {
        return new RawSamples() {
            @Override
            public int length() {
                return values.length;
            }

            @Override
            public int get(int index) {
                return values[index];
            }
        };
    }
}
