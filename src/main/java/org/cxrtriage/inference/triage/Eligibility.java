package org.cxrtriage.inference.triage;

import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.imaging.GreyImage;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which images the TB model is meant for. An image outside its intended use is never scored silently: the reader
 * sees "not analysed: reason", as CAD4TB reports its error codes. The model was trained on adult frontal chest
 * radiographs (PA/AP), so the rules follow that.
 *
 * @param minimumSide the model input side: a smaller image holds less detail than the model was trained on
 */
public record Eligibility(int minimumSide) {
    /** Projection radiography. Everything else (CT, MR, US, XA, ...) is not a chest film. */
    private static final Set<String> RADIOGRAPHY = Set.of("CR", "DX");
    /**
     * Secondary captures (OT) of a chest film, e.g. a digitised film or a PNG converted to DICOM, are read when the
     * header says CHEST: the model was trained on such exports.
     */
    private static final String SECONDARY_CAPTURE = "OT";
    private static final Set<String> LATERAL = Set.of("LL", "RL", "LAT", "LATERAL", "LLD", "RLD", "LLO", "RLO");
    private static final Set<String> NON_CHEST_ALLOWED = Set.of("", "CHEST", "THORAX", "LUNG");
    /** Fewer grey levels than this between the 1st and 99th image rows sampled means a blank or test frame. */
    private static final int MIN_GREY_SPREAD = 8;

    /** Why the header rules out this instance; empty when the model may read it. */
    public Optional<String> headerProblem(Instance instance) {
        if (!instance.hasPixels()) {
            return Optional.of("no image data (" + blankAsUnknown(instance.modality()) + ")");
        }
        String modality = upper(instance.modality());
        String body = upper(instance.bodyPartExamined());
        if (!RADIOGRAPHY.contains(modality) && !(SECONDARY_CAPTURE.equals(modality) && body.equals("CHEST"))) {
            return Optional.of("modality " + blankAsUnknown(modality)
                    + " - the model reads chest radiographs (CR/DX) only");
        }
        if (!NON_CHEST_ALLOWED.contains(body)) {
            return Optional.of("body part " + body + " - the model reads chest films only");
        }
        String view = upper(instance.viewPosition());
        if (LATERAL.contains(view)) {
            return Optional.of("lateral view (" + view + ") - the model reads frontal PA/AP views only");
        }
        PixelDescription p = instance.pixels();
        if (!p.isGrey()) {
            return Optional.of("colour image (" + p.photometricInterpretation() + ") - not a radiograph");
        }
        if (Math.min(p.rows(), p.columns()) < minimumSide) {
            return Optional.of("image " + p.columns() + "x" + p.rows() + " is smaller than the model's "
                    + minimumSide + "x" + minimumSide + " input");
        }
        return Optional.empty();
    }

    /** Why the rendered image holds nothing to read (uniform frame); empty when it has usable pixels. */
    public Optional<String> pixelProblem(GreyImage image) {
        int[] histogram = new int[256];
        byte[] pixels = image.pixels();
        int step = Math.max(1, pixels.length / 65536);
        int count = 0;
        for (int i = 0; i < pixels.length; i += step) {
            histogram[pixels[i] & 0xFF]++;
            count++;
        }
        int low = percentile(histogram, count, 0.01);
        int high = percentile(histogram, count, 0.99);
        if (high - low < MIN_GREY_SPREAD) {
            return Optional.of("no usable pixels (the image is nearly uniform, grey " + low + ".." + high + ")");
        }
        return Optional.empty();
    }

    private static int percentile(int[] histogram, int count, double q) {
        long target = (long) Math.ceil(q * count);
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (seen >= Math.max(1, target)) {
                return v;
            }
        }
        return 255;
    }

    private static String upper(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankAsUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
