package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.dicom.LookupTable;
import org.cxrtriage.dicom.PixelRaster;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns decoded Pixel Data into {@link PixelRaster}s: grey samples masked to Bits Stored and sign-extended
 * when Pixel Representation is 1 (the toolkit hands back unsigned words); colour as interleaved 8-bit RGB
 * from RGB (either planar configuration), YBR_FULL, YBR_FULL_422 or PALETTE COLOR.
 */
final class PixelConverter {

    /** Why the samples cannot be converted; the decoder turns it into a DicomException naming the file. */
    static final class UnsupportedLayout extends Exception {
        UnsupportedLayout(String reason) {
            super(reason);
        }
    }

    List<PixelRaster> convert(PixelLayout layout, RawSamples raw) throws UnsupportedLayout {
        String pi = layout.photometric();
        boolean subsampled = pi.equals("YBR_FULL_422") || pi.equals("YBR_PARTIAL_422");
        int pixels = layout.rows() * layout.columns();
        int perFrame = subsampled ? pixels * 2 : pixels * layout.samplesPerPixel();
        long needed = (long) perFrame * layout.frames();
        if (raw.length() < needed) {
            throw new UnsupportedLayout("Pixel Data holds " + raw.length() + " samples but " + layout.frames()
                    + " frame(s) of " + layout.rows() + "x" + layout.columns() + "x" + layout.samplesPerPixel()
                    + " need " + needed);
        }
        List<PixelRaster> frames = new ArrayList<>(layout.frames());
        for (int f = 0; f < layout.frames(); f++) {
            int offset = f * perFrame;
            int[] samples;
            if (layout.samplesPerPixel() == 1 && pi.equals("PALETTE COLOR")) {
                samples = palette(layout, raw, offset, pixels);
            } else if (layout.samplesPerPixel() == 1) {
                samples = grey(layout, raw, offset, pixels);
            } else if (layout.samplesPerPixel() == 3) {
                samples = colour(layout, raw, offset, pixels, subsampled);
            } else {
                throw new UnsupportedLayout("Samples per Pixel " + layout.samplesPerPixel() + " is not supported");
            }
            frames.add(new PixelRaster(layout.columns(), layout.rows(), pi.equals("PALETTE COLOR") ? 3
                    : layout.samplesPerPixel(), samples));
        }
        return frames;
    }

    private static int[] grey(PixelLayout layout, RawSamples raw, int offset, int pixels) {
        int bits = layout.bitsStored();
        int shift = Math.max(0, layout.highBit() + 1 - bits);
        int mask = bits >= 32 ? -1 : (1 << bits) - 1;
        int extend = 32 - bits;
        int[] out = new int[pixels];
        for (int i = 0; i < pixels; i++) {
            int v = (raw.get(offset + i) >>> shift) & mask;
            out[i] = layout.signed() ? (v << extend) >> extend : v;
        }
        return out;
    }

    private static int[] colour(PixelLayout layout, RawSamples raw, int offset, int pixels, boolean subsampled)
            throws UnsupportedLayout {
        String pi = layout.photometric();
        int down = Math.max(0, layout.bitsStored() - 8);
        int[] out = new int[pixels * 3];
        if (subsampled) {
            // Y Y Cb Cr for each pair of pixels (PS3.3 C.7.6.3.1.2)
            for (int pair = 0; pair < pixels / 2; pair++) {
                int base = offset + pair * 4;
                int cb = raw.get(base + 2);
                int cr = raw.get(base + 3);
                ybrToRgb(raw.get(base), cb, cr, out, pair * 6);
                ybrToRgb(raw.get(base + 1), cb, cr, out, pair * 6 + 3);
            }
            return out;
        }
        boolean ybr = pi.equals("YBR_FULL");
        if (!ybr && !pi.equals("RGB")) {
            throw new UnsupportedLayout("photometric interpretation " + pi + " is not supported");
        }
        for (int i = 0; i < pixels; i++) {
            int a;
            int b;
            int c;
            if (layout.planar()) {
                a = raw.get(offset + i);
                b = raw.get(offset + pixels + i);
                c = raw.get(offset + 2 * pixels + i);
            } else {
                a = raw.get(offset + 3 * i);
                b = raw.get(offset + 3 * i + 1);
                c = raw.get(offset + 3 * i + 2);
            }
            if (ybr) {
                ybrToRgb(a >> down, b >> down, c >> down, out, 3 * i);
            } else {
                out[3 * i] = a >> down;
                out[3 * i + 1] = b >> down;
                out[3 * i + 2] = c >> down;
            }
        }
        return out;
    }

    /** Full-range YCbCr to RGB (PS3.3 C.7.6.3.1.2, the inverse of the YBR_FULL equations). */
    private static void ybrToRgb(int y, int cb, int cr, int[] out, int at) {
        double dcb = cb - 128.0;
        double dcr = cr - 128.0;
        out[at] = clamp(y + 1.402 * dcr);
        out[at + 1] = clamp(y - 0.344136 * dcb - 0.714136 * dcr);
        out[at + 2] = clamp(y + 1.772 * dcb);
    }

    private static int clamp(double v) {
        long r = Math.round(v);
        return (int) Math.max(0, Math.min(255, r));
    }

    private static int[] palette(PixelLayout layout, RawSamples raw, int offset, int pixels) throws UnsupportedLayout {
        LookupTable[] rgb = layout.palette();
        if (rgb == null || rgb.length != 3) {
            throw new UnsupportedLayout("PALETTE COLOR image without readable palette tables");
        }
        int mask = layout.bitsStored() >= 32 ? -1 : (1 << layout.bitsStored()) - 1;
        int[] out = new int[pixels * 3];
        for (int i = 0; i < pixels; i++) {
            int index = raw.get(offset + i) & mask;
            for (int c = 0; c < 3; c++) {
                int entry = rgb[c].lookup(index);
                out[3 * i + c] = rgb[c].bitsPerEntry() > 8 ? entry >>> (rgb[c].bitsPerEntry() - 8) : entry;
            }
        }
        return out;
    }
}
