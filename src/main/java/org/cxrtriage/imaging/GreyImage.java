package org.cxrtriage.imaging;

/**
 * An 8-bit grey image, row-major, one unsigned byte per pixel: what a PNG/JPEG chest film decodes to and what a
 * DICOM frame becomes after its default window. The model's preprocessing starts from this, so a PNG and the
 * DICOM made from it feed the model identical values.
 */
public record GreyImage(int width, int height, byte[] pixels) {
    public GreyImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("grey image " + width + "x" + height + " with " + pixels.length + " bytes");
        }
    }

    /** The grey level at (x, y), 0..255. */
    public int get(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }
}
