package org.cxrtriage.imaging;

import org.cxrtriage.dicom.ModalityLut;

/**
 * Modality LUT module (PS3.3 C.11.1): stored values to modality values (e.g. HU for CT), either by the linear
 * rescale or by the Modality LUT Sequence table. Everything downstream (windows, presets) is in these units.
 */
public record ModalityLutStage(ModalityLut lut) {

    public static ModalityLutStage of(ModalityLut lut) {
        return new ModalityLutStage(lut == null ? ModalityLut.IDENTITY : lut);
    }

    public double apply(int stored) {
        if (lut instanceof ModalityLut.Rescale rescale) {
            return stored * rescale.slope() + rescale.intercept();
        }
        return ((ModalityLut.Table) lut).lut().lookup(stored);
    }

    /** True when the stage is the identity, so callers can skip it. */
    public boolean isIdentity() {
        return lut instanceof ModalityLut.Rescale r && r.slope() == 1 && r.intercept() == 0;
    }
}
