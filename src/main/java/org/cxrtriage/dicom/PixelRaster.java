package org.cxrtriage.dicom;

/**
 * One decoded frame as stored values: grey samples masked to Bits Stored and already sign-extended when Pixel
 * Representation is 1 (the toolkit hands them back unsigned), colour converted to interleaved RGB with 8 bits
 * per channel, 0..255 (from YBR_FULL, YBR_FULL_422, either planar configuration, or a palette; deeper RGB and
 * 16-bit palette entries are shifted down to 8 bits).
 * No modality or VOI transform has been applied; that is the imaging package's job.
 *
 * @param samplesPerPixel 1 for grey, 3 for interleaved RGB
 * @param samples         row-major, {@code width * height * samplesPerPixel} values; shared with the decoder's
 *                        cache, so callers must not modify it
 */
public record PixelRaster(int width, int height, int samplesPerPixel, int[] samples) {
    public PixelRaster {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty raster " + width + "x" + height);
        }
        if (samplesPerPixel != 1 && samplesPerPixel != 3) {
            throw new IllegalArgumentException("samples per pixel must be 1 or 3, was " + samplesPerPixel);
        }
        if (samples.length != (long) width * height * samplesPerPixel) {
            throw new IllegalArgumentException("sample count " + samples.length + " does not match "
                    + width + "x" + height + "x" + samplesPerPixel);
        }
    }

    public boolean isGrey() {
        return samplesPerPixel == 1;
    }

    /** Memory held by the samples, for cache accounting. */
    public long sizeInBytes() {
        return 4L * samples.length;
    }
}
