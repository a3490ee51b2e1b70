package org.cxrtriage.dicom.sr;

import java.time.Instant;
import java.util.Objects;

/**
 * A derived colour picture (e.g. the model's heatmap over the image) stored as Secondary Capture in the
 * analysed image's study.
 *
 * @param source the image it was derived from (Source Image Sequence)
 */
public record SecondaryCapture(String sopInstanceUid, String seriesUid, int seriesNumber, int instanceNumber,
                               String seriesDescription, String derivationDescription, Instant created,
                               StudyContext study, SopReference source, RgbPixels pixels, Equipment equipment) {
    public static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.7";

    public SecondaryCapture {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(seriesUid, "seriesUid");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(equipment, "equipment");
        seriesDescription = seriesDescription == null ? "" : seriesDescription;
        derivationDescription = derivationDescription == null ? "" : derivationDescription;
    }
}
