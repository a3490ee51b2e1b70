package org.cxrtriage.imaging;

import java.util.Locale;

/** VOI LUT Function (0028,1056): how a window maps modality values to output values. */
public enum VoiFunction {
    /** PS3.3 C.11.2.1.2.1: the DICOM default, centre offset by half a unit. */
    LINEAR,
    /** PS3.3 C.11.2.1.3.2: no half-unit offset, width may be fractional. */
    LINEAR_EXACT,
    /** PS3.3 C.11.2.1.3.1: logistic curve, never fully clips. */
    SIGMOID;

    /** The file's value; anything unknown (or absent) is LINEAR, which the standard makes the default. */
    public static VoiFunction parse(String value) {
        if (value == null) {
            return LINEAR;
        }
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "LINEAR_EXACT" -> LINEAR_EXACT;
            case "SIGMOID" -> SIGMOID;
            default -> LINEAR;
        };
    }
}
