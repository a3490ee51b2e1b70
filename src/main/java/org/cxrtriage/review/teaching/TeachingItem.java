package org.cxrtriage.review.teaching;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One film of a teaching set.
 *
 * @param image  the image file, absolute
 * @param label  the label as the CSV writes it ({@code tb}, {@code covid19}, {@code pneumonia_other}, ...)
 * @param tb     the truth the quiz scores against: TB, or anything else ("not TB")
 * @param notes  the teacher's notes, may be empty
 * @param source where the film comes from (MANIFEST's {@code source}, e.g. a hospital), may be empty
 * @param split  MANIFEST's {@code split} ({@code train}, {@code external}, ...), may be empty
 * @param line   the CSV line it was read from, for messages
 */
public record TeachingItem(Path image, String label, boolean tb, String notes, String source, String split,
                           int line) {
    public TeachingItem {
        if (image == null || label == null || label.isBlank()) {
            throw new IllegalArgumentException("teaching item needs an image and a label, line " + line);
        }
        notes = notes == null ? "" : notes;
        source = source == null ? "" : source;
        split = split == null ? "" : split;
    }

    /** An item whose truth follows from its label by {@link #isTbLabel}. */
    public static TeachingItem of(Path image, String label, String notes, String source, String split, int line) {
        return new TeachingItem(image, label, isTbLabel(label), notes, source, split, line);
    }

    /** {@code tb} and {@code tuberculosis}, in any case, are TB; every other label is "not TB". */
    public static boolean isTbLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        return l.equals("tb") || l.equals("tuberculosis");
    }

    /** The image's file name, the natural title of a film on screen or on a slide. */
    public String fileName() {
        return image.getFileName().toString();
    }
}
