package org.cxrtriage.imaging;

import org.cxrtriage.dicom.PixelDescription;

/**
 * Presentation LUT (PS3.3 C.11.6): IDENTITY keeps the VOI output, INVERSE flips it. MONOCHROME1 means "low values
 * are white", so such images start INVERSE; the user's invert toggle flips whichever applies.
 */
public enum PresentationLutStage {
    IDENTITY, INVERSE;

    public int apply(int displayValue) {
        return this == INVERSE ? VoiLutStage.OUTPUT_MAX - displayValue : displayValue;
    }

    /** The shape for an image: MONOCHROME1 inverts, and a user invert flips that again. */
    public static PresentationLutStage of(PixelDescription description, boolean userInvert) {
        boolean inverse = description.isMonochrome1() ^ userInvert;
        return inverse ? INVERSE : IDENTITY;
    }
}
