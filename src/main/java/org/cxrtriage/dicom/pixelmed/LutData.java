package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.DicomException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Unpacks LUT Data (OW or US) into one int per entry, including 8-bit entries packed two per word. */
final class LutData {
    private static final Logger LOG = LoggerFactory.getLogger(LutData.class);

    private LutData() {
    }

    /** Empty array when the data cannot be read or holds fewer entries than the descriptor says. */
    static int[] entries(Attribute data, int count, int bitsPerEntry) {
        short[] words;
        try {
            words = data.getShortValues();
        } catch (DicomException e) {
            LOG.info("LUT data unreadable: {}", e.getMessage());
            return new int[0];
        }
        if (words == null) {
            return new int[0];
        }
        int[] entries = new int[count];
        if (words.length >= count) {
            for (int i = 0; i < count; i++) {
                entries[i] = words[i] & 0xFFFF;
            }
            return entries;
        }
        if (bitsPerEntry <= 8 && words.length * 2 >= count) {
            // Two 8-bit entries per 16-bit word, low byte first (PS3.3 C.11.1.1.1).
            for (int i = 0; i < count; i++) {
                int word = words[i / 2] & 0xFFFF;
                entries[i] = (i % 2 == 0) ? word & 0xFF : word >>> 8;
            }
            return entries;
        }
        LOG.info("LUT data has {} words for {} entries", words.length, count);
        return new int[0];
    }
}
