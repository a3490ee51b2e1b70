package org.cxrtriage.dicom;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One SOP instance as found on disk, header only (pixels are decoded on demand by a {@link FrameDecoder}).
 *
 * @param source       where it was read from; for a zip entry the extracted copy the loader manages
 * @param pixels       null for instances without pixel data (SR, presentation states)
 * @param instanceNumber Instance Number, or {@link Integer#MAX_VALUE} when absent (sorts last)
 */
public record Instance(
        Path source,
        String sopInstanceUid,
        String sopClassUid,
        String seriesInstanceUid,
        String studyInstanceUid,
        String modality,
        int instanceNumber,
        String transferSyntaxUid,
        String viewPosition,
        String bodyPartExamined,
        PatientInfo patient,
        PixelDescription pixels) {

    public Optional<PixelDescription> pixelDescription() {
        return Optional.ofNullable(pixels);
    }

    public boolean hasPixels() {
        return pixels != null;
    }

    public int frameCount() {
        return pixels == null ? 0 : pixels.frames();
    }
}
