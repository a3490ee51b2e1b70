package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.dicom.LookupTable;

/**
 * How the decoded Pixel Data of one instance is laid out, as read after decompression (PixelMed may have
 * changed the photometric interpretation to RGB while decompressing).
 *
 * @param highBit  High Bit (usually bitsStored - 1)
 * @param planar   Planar Configuration 1: colour by plane (RRR..GGG..BBB) rather than by pixel
 * @param palette  red, green, blue tables for PALETTE COLOR; null otherwise
 */
record PixelLayout(String photometric, int rows, int columns, int samplesPerPixel, int bitsStored, int highBit,
                   boolean signed, boolean planar, int frames, LookupTable[] palette) {
}
