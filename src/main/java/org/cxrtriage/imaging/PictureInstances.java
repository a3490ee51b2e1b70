package org.cxrtriage.imaging;

import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.ModalityLut;
import org.cxrtriage.dicom.PatientInfo;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.WindowPreset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A PNG/JPEG chest film as an {@link Instance}, so the study browser, viewport, analysis, worklist and review store
 * handle it exactly like a DICOM image and never need to know it is not one. Only the picture's header is read
 * (its size) plus its bytes for the UIDs ({@link PictureUids}); pixels are decoded later by
 * {@link PictureInstanceDecoder}, through {@link PictureFiles} like every other reader of pictures.
 */
public final class PictureInstances {
    /**
     * Marks a picture instance in {@link Instance#transferSyntaxUid()}. NOT a DICOM UID (it is not digits and dots,
     * so it can never equal one): it tells {@link PictureInstanceDecoder} to read the file as a picture.
     */
    public static final String PICTURE_TRANSFER_SYNTAX = "x-cxr-triage-picture";
    /** Secondary Capture Image Storage: what a picture converted to DICOM would be. */
    public static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";
    /**
     * Modality "OT" and body part "CHEST": a picture says neither, but the user opened it in a chest workstation,
     * and {@code inference.triage.Eligibility} reads secondary captures (OT) whose body part is CHEST, the same
     * rule that lets a PNG converted to DICOM be scored.
     */
    static final String MODALITY = "OT";
    static final String BODY_PART = "CHEST";
    /**
     * Centre 128, width 256 under the LINEAR function of PS3.3 C.11.2.1.2.1 maps x to
     * ((x - 127.5) / 255 + 0.5) * 255 = x for 0..255: the identity, so the default rendering of a picture is
     * exactly the grey image {@link PictureFiles#read} gives (and the model sees what {@code predict} feeds it).
     */
    public static final WindowPreset AS_STORED = new WindowPreset(128, 256, "Picture as stored");

    private final PictureFiles pictures;

    public PictureInstances(PictureFiles pictures) {
        this.pictures = pictures;
    }

    public boolean handles(Path file) {
        return pictures.handles(file);
    }

    /** True for instances made by {@link #read}. */
    public static boolean isPicture(Instance instance) {
        return PICTURE_TRANSFER_SYNTAX.equals(instance.transferSyntaxUid());
    }

    /** The picture as an instance of its own study and series; a broken or truncated file throws with the reason. */
    public Instance read(Path file) throws ImageReadException {
        Path source = file.toAbsolutePath().normalize();
        PictureFiles.PictureSize size = pictures.size(source);
        PictureUids.Uids uids;
        try {
            uids = PictureUids.of(source);
        } catch (IOException e) {
            throw new ImageReadException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
        // a picture has no view position: "" (unknown), which the eligibility rules accept as not lateral
        return new Instance(source, uids.instance(), SECONDARY_CAPTURE, uids.series(), uids.study(), MODALITY, 1,
                PICTURE_TRANSFER_SYNTAX, "", BODY_PART, PatientInfo.UNKNOWN, description(size));
    }

    /** 8-bit MONOCHROME2, one frame, identity modality LUT, the identity window: what PictureFiles decodes to. */
    static PixelDescription description(PictureFiles.PictureSize size) {
        return new PixelDescription("MONOCHROME2", size.height(), size.width(), 1, 8, 8, false, 1,
                ModalityLut.IDENTITY, List.of(AS_STORED), List.of(), "LINEAR");
    }

    /** "PNG picture" / "JPEG picture": the series description a browser shows (never the file name). */
    static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".png") ? "PNG picture" : "JPEG picture";
    }
}
