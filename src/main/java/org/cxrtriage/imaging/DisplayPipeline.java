package org.cxrtriage.imaging;

import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.PixelRaster;

import java.util.stream.IntStream;

/**
 * Renders a frame for display: Modality LUT → VOI LUT → Presentation LUT → 8 bits. The three stages are folded
 * into one lookup table over the frame's stored-value range, so a window change costs one table build (at most
 * a few thousand entries for 12–16 bit films) plus one table look-up per pixel.
 *
 * <p>Colour frames: the Modality and VOI LUT modules apply to grey images only, so by default colour passes
 * through unchanged ({@link WindowPresets#COLOUR_IDENTITY}); a window the user drags is applied to each of R, G
 * and B alike, and invert inverts each channel. Stateless and thread-safe.
 */
public final class DisplayPipeline {

    /** Rows per parallel chunk: enough work per task that splitting pays off on two cores. */
    private static final int ROWS_PER_CHUNK = 256;

    public PreparedFrame prepare(PixelRaster raster, PixelDescription description) {
        return PreparedFrame.of(raster, description);
    }

    public DisplayImage render(PreparedFrame frame, VoiLutStage voi, boolean userInvert) {
        // MONOCHROME1 never applies to colour: there only the user's invert counts
        PresentationLutStage presentation = frame.isGrey()
                ? PresentationLutStage.of(frame.description(), userInvert)
                : userInvert ? PresentationLutStage.INVERSE : PresentationLutStage.IDENTITY;
        FrameStatistics stats = frame.statistics();
        long range = (long) stats.max() - stats.min() + 1;
        if (range > FrameStatistics.MAX_HISTOGRAM) {
            return renderDirect(frame, voi, presentation);
        }
        byte[] lut = buildLut(frame.modality(), voi, presentation, stats.min(), stats.max());
        return frame.isGrey() ? renderGrey(frame.raster(), lut, stats.min()) : renderColour(frame.raster(), lut, stats.min());
    }

    /**
     * The image with its default window (first file window, else VOI LUT, else auto 1–99 %) and MONOCHROME1 shown
     * inverted, i.e. what a reader first sees. Model preprocessing uses exactly this, so a DICOM and its PNG export
     * give the model the same grey values. Colour frames become grey by the Rec. 601 luma weights.
     */
    public GreyImage renderDefault(PixelRaster raster, PixelDescription description) {
        PreparedFrame frame = prepare(raster, description);
        DisplayImage image = render(frame, WindowPresets.defaultVoi(frame), false);
        if (image instanceof DisplayImage.Grey grey) {
            return grey.image();
        }
        DisplayImage.Colour colour = (DisplayImage.Colour) image;
        int[] argb = colour.argb();
        byte[] out = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int luma = (int) Math.round(0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF));
            out[i] = (byte) luma;
        }
        return new GreyImage(colour.width(), colour.height(), out);
    }

    /** stored value (min + index) → display byte, all three stages folded. */
    static byte[] buildLut(ModalityLutStage modality, VoiLutStage voi, PresentationLutStage presentation,
                           int min, int max) {
        byte[] lut = new byte[max - min + 1];
        for (int i = 0; i < lut.length; i++) {
            lut[i] = (byte) presentation.apply(voi.apply(modality.apply(min + i)));
        }
        return lut;
    }

    private static DisplayImage renderGrey(PixelRaster raster, byte[] lut, int min) {
        int[] samples = raster.samples();
        byte[] out = new byte[samples.length];
        int width = raster.width();
        inChunks(raster.height(), (from, to) -> {
            for (int i = from * width, end = to * width; i < end; i++) {
                out[i] = lut[samples[i] - min];
            }
        });
        return new DisplayImage.Grey(new GreyImage(width, raster.height(), out));
    }

    private static DisplayImage renderColour(PixelRaster raster, byte[] lut, int min) {
        int[] samples = raster.samples();
        int width = raster.width();
        int[] out = new int[width * raster.height()];
        inChunks(raster.height(), (from, to) -> {
            for (int p = from * width, end = to * width; p < end; p++) {
                int s = 3 * p;
                out[p] = 0xFF000000 | (lut[samples[s] - min] & 0xFF) << 16
                        | (lut[samples[s + 1] - min] & 0xFF) << 8 | (lut[samples[s + 2] - min] & 0xFF);
            }
        });
        return new DisplayImage.Colour(width, raster.height(), out);
    }

    /** Rare (32-bit data with a huge range): no table, every pixel through the three stages. */
    private static DisplayImage renderDirect(PreparedFrame frame, VoiLutStage voi, PresentationLutStage presentation) {
        PixelRaster raster = frame.raster();
        ModalityLutStage modality = frame.modality();
        int[] samples = raster.samples();
        if (raster.isGrey()) {
            byte[] out = new byte[samples.length];
            for (int i = 0; i < samples.length; i++) {
                out[i] = (byte) presentation.apply(voi.apply(modality.apply(samples[i])));
            }
            return new DisplayImage.Grey(new GreyImage(raster.width(), raster.height(), out));
        }
        int[] out = new int[raster.width() * raster.height()];
        for (int p = 0; p < out.length; p++) {
            int argb = 0xFF000000;
            for (int c = 0; c < 3; c++) {
                argb |= presentation.apply(voi.apply(samples[3 * p + c])) << (16 - 8 * c);
            }
            out[p] = argb;
        }
        return new DisplayImage.Colour(raster.width(), raster.height(), out);
    }

    @FunctionalInterface
    private interface RowRange {
        void run(int fromRow, int toRow);
    }

    private static void inChunks(int height, RowRange work) {
        int chunks = (height + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK;
        if (chunks <= 1) {
            work.run(0, height);
            return;
        }
        IntStream.range(0, chunks).parallel()
                .forEach(c -> work.run(c * ROWS_PER_CHUNK, Math.min(height, (c + 1) * ROWS_PER_CHUNK)));
    }
}
