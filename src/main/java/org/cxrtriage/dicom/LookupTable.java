package org.cxrtriage.dicom;

/**
 * A LUT as the Modality LUT Sequence or VOI LUT Sequence carries it: input values below
 * {@code firstMapped} map to the first entry, above the last mapped value to the last entry.
 *
 * @param bitsPerEntry the LUT Descriptor's third value: significant bits of each entry
 */
public record LookupTable(int firstMapped, int bitsPerEntry, int[] entries, String explanation) {
    public LookupTable {
        if (entries.length == 0) {
            throw new IllegalArgumentException("LUT has no entries");
        }
        explanation = explanation == null ? "" : explanation;
    }

    public int lookup(int input) {
        int index = input - firstMapped;
        if (index <= 0) {
            return entries[0];
        }
        return index >= entries.length ? entries[entries.length - 1] : entries[index];
    }
}
