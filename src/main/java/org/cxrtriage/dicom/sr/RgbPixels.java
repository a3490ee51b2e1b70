package org.cxrtriage.dicom.sr;

/** 8-bit RGB, interleaved (R, G, B per pixel), row-major. */
public record RgbPixels(int width, int height, byte[] rgb) {
    public RgbPixels {
        if (width <= 0 || height <= 0 || rgb == null || rgb.length != 3L * width * height) {
            throw new IllegalArgumentException("RGB image " + width + "x" + height + " needs "
                    + 3L * width * height + " bytes");
        }
    }
}
