package org.cxrtriage.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.TransferSyntaxes;

import java.util.List;

/**
 * What {@code info} reports about one instance; serialised as one JSON object per instance with --json.
 * Patient fields are null (and left out of the JSON) unless --phi was given; decode fields only with --decode.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceInfo(String file, String studyInstanceUid, String seriesInstanceUid, String sopInstanceUid,
                           String sopClassUid, String modality, String photometricInterpretation, Integer rows,
                           Integer columns, Integer bitsStored, int frames, String transferSyntaxUid,
                           String transferSyntaxName, List<Window> windows, String patientName, String patientId,
                           List<FrameRange> decoded, String decodeError) {

    /** A window preset as the file states it. */
    public record Window(double center, double width, String explanation) {
    }

    /** Minimum and maximum stored value of one decoded frame (1-based frame number). */
    public record FrameRange(int frame, int min, int max) {
    }

    static InstanceInfo of(Instance instance, boolean phi, List<FrameRange> decoded, String decodeError) {
        PixelDescription pixels = instance.pixels();
        return new InstanceInfo(instance.source().toString(), instance.studyInstanceUid(),
                instance.seriesInstanceUid(), instance.sopInstanceUid(), instance.sopClassUid(), instance.modality(),
                pixels == null ? null : pixels.photometricInterpretation(),
                pixels == null ? null : pixels.rows(),
                pixels == null ? null : pixels.columns(),
                pixels == null ? null : pixels.bitsStored(),
                instance.frameCount(), instance.transferSyntaxUid(), TransferSyntaxes.name(instance.transferSyntaxUid()),
                pixels == null ? List.of() : pixels.windows().stream()
                        .map(w -> new Window(w.center(), w.width(), w.explanation())).toList(),
                phi ? instance.patient().name() : null,
                phi ? instance.patient().id() : null,
                decoded, decodeError);
    }
}
