package org.cxrtriage.imaging;

import java.util.Locale;

/**
 * The words on a teaching slide; any of them may be empty (then nothing is drawn for it).
 *
 * @param title       e.g. the film's file name
 * @param probability e.g. {@link #probabilityLine}, or "Not analysed: reason"
 * @param truth       e.g. "Truth: covid19 (not TB) — model false positive"
 * @param lesson      the plain-language line about the model's outcome
 * @param notes       the teacher's notes; long notes wrap
 * @param method      how the attention map was made, e.g. "Grad-CAM"; shown with the legend
 */
public record SlideText(String title, String probability, String truth, String lesson, String notes,
                        String method) {
    public SlideText {
        title = orEmpty(title);
        probability = orEmpty(probability);
        truth = orEmpty(truth);
        lesson = orEmpty(lesson);
        notes = orEmpty(notes);
        method = orEmpty(method);
    }

    /** "P(TB-like) 0.8123 — threshold 0.5000": four decimals, as the result panel shows them. */
    public static String probabilityLine(double probability, double threshold) {
        return String.format(Locale.ROOT, "P(TB-like) %.4f \u2014 threshold %.4f", probability, threshold);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
