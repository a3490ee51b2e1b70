package org.cxrtriage.imaging;

import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.PixelRaster;

/**
 * A decoded frame ready for repeated rendering: the raster, what the header says about it, and its statistics
 * (computed once, since every window change re-renders but the values never change).
 */
public record PreparedFrame(PixelRaster raster, PixelDescription description, FrameStatistics statistics) {

    public static PreparedFrame of(PixelRaster raster, PixelDescription description) {
        return new PreparedFrame(raster, description, FrameStatistics.of(raster.samples()));
    }

    public boolean isGrey() {
        return raster.isGrey();
    }

    public ModalityLutStage modality() {
        // the Modality LUT applies to grey images only (PS3.3 C.11.1)
        return isGrey() ? ModalityLutStage.of(description.modalityLut()) : ModalityLutStage.of(null);
    }

    /** Smallest and largest modality value in the frame (the modality LUT may be decreasing). */
    public double modalityMin() {
        ModalityLutStage m = modality();
        return Math.min(m.apply(statistics.min()), m.apply(statistics.max()));
    }

    public double modalityMax() {
        ModalityLutStage m = modality();
        return Math.max(m.apply(statistics.min()), m.apply(statistics.max()));
    }
}
