package org.cxrtriage.dicom;

import java.util.Map;
import java.util.Optional;

/**
 * Names of transfer syntaxes (for messages and the {@code info} command) and which ones the decoder cannot
 * handle. The unsupported list was measured by running every sample in the shared data set through PixelMed
 * 20220618: refusing them up front gives a clear reason in microseconds instead of a toolkit error (or, for
 * 4.55, silently missing pixels) after a slow read.
 */
public final class TransferSyntaxes {
    public static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    public static final String JPEG_EXTENDED_2_4 = "1.2.840.10008.1.2.4.51";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(IMPLICIT_VR_LITTLE_ENDIAN, "Implicit VR Little Endian"),
            Map.entry(EXPLICIT_VR_LITTLE_ENDIAN, "Explicit VR Little Endian"),
            Map.entry("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian"),
            Map.entry("1.2.840.10008.1.2.2", "Explicit VR Big Endian"),
            Map.entry("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
            Map.entry(JPEG_EXTENDED_2_4, "JPEG Extended (Process 2 & 4)"),
            Map.entry("1.2.840.10008.1.2.4.53", "JPEG Extended (Process 6 & 8)"),
            Map.entry("1.2.840.10008.1.2.4.55", "JPEG Full Progression (Process 10 & 12)"),
            Map.entry("1.2.840.10008.1.2.4.57", "JPEG Lossless (Process 14)"),
            Map.entry("1.2.840.10008.1.2.4.70", "JPEG Lossless SV1 (Process 14, Selection Value 1)"),
            Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"),
            Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless"),
            Map.entry("1.2.840.10008.1.2.4.90", "JPEG 2000 Lossless Only"),
            Map.entry("1.2.840.10008.1.2.4.91", "JPEG 2000"),
            Map.entry("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Lossless Only"),
            Map.entry("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component"),
            Map.entry("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"),
            Map.entry("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level"),
            Map.entry("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            Map.entry("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"),
            Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Lossless Only"),
            Map.entry("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Lossless Only"),
            Map.entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000"),
            Map.entry("1.2.840.10008.1.2.5", "RLE Lossless"));

    private static final java.util.Set<String> UNSUPPORTED = java.util.Set.of(
            "1.2.840.10008.1.2.4.53", "1.2.840.10008.1.2.4.55",
            "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81",
            "1.2.840.10008.1.2.4.92", "1.2.840.10008.1.2.4.93",
            "1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.101",
            "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.103",
            "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203");

    private TransferSyntaxes() {
    }

    /** The standard name, or "unknown transfer syntax" for a UID not in the table. */
    public static String name(String uid) {
        return NAMES.getOrDefault(uid, "unknown transfer syntax");
    }

    /** "JPEG-LS Lossless (1.2.840.10008.1.2.4.80)": how messages name a transfer syntax. */
    public static String describe(String uid) {
        return name(uid) + " (" + uid + ")";
    }

    /**
     * Why frames in this transfer syntax with this many stored bits cannot be decoded, or empty when they can
     * (as far as known before trying).
     */
    public static Optional<String> unsupportedReason(String uid, int bitsStored) {
        if (UNSUPPORTED.contains(uid) || (!uid.isEmpty() && !NAMES.containsKey(uid))) {
            return Optional.of("transfer syntax " + describe(uid) + " is not supported");
        }
        if (JPEG_EXTENDED_2_4.equals(uid) && bitsStored > 8) {
            return Optional.of("transfer syntax " + describe(uid) + " is not supported with "
                    + bitsStored + "-bit data (only 8-bit)");
        }
        return Optional.empty();
    }
}
