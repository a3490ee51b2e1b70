package org.cxrtriage.dicom;

/**
 * A window from the VOI LUT module (Window Center / Window Width, with its explanation when the file has one).
 * Values are in the units after the modality LUT (e.g. HU for CT).
 */
public record WindowPreset(double center, double width, String explanation) {
    public WindowPreset {
        if (!(width >= 1)) {
            throw new IllegalArgumentException("window width must be >= 1, was " + width);
        }
        explanation = explanation == null ? "" : explanation;
    }
}
