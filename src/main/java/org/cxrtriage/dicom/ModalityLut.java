package org.cxrtriage.dicom;

/** The Modality LUT module: either a linear rescale or an explicit table (Modality LUT Sequence). */
public sealed interface ModalityLut {

    /** Identity: no rescale in the file (slope 1, intercept 0). */
    ModalityLut IDENTITY = new Rescale(1, 0, "");

    /** Rescale Slope / Intercept / Type. */
    record Rescale(double slope, double intercept, String type) implements ModalityLut {
        public Rescale {
            type = type == null ? "" : type;
        }
    }

    /** Modality LUT Sequence item. */
    record Table(LookupTable lut, String type) implements ModalityLut {
    }
}
