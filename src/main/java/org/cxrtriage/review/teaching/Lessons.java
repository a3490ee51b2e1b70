package org.cxrtriage.review.teaching;

import java.util.Locale;

/**
 * The plain-language line that explains the model's outcome on a film. Driven only by the label and the outcome,
 * never by the image, so it can never read as a diagnosis of this patient: it says what kind of mistake or hit it
 * was and why that kind matters.
 */
public final class Lessons {
    private Lessons() {
    }

    /** Words for a label in a sentence: {@code covid19} → "COVID-19", {@code pneumonia_other} → "other pneumonia". */
    public static String labelWords(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "tb", "tuberculosis" -> "TB";
            case "covid19", "covid-19", "covid" -> "COVID-19";
            case "pneumonia_other" -> "other pneumonia";
            case "other" -> "other-finding";
            default -> l.replace('_', ' ');
        };
    }

    /** The lesson of the model's outcome on {@code item}. */
    public static String forModel(TeachingItem item, Classification outcome, ModelResult result) {
        String film = article(labelWords(item.label())) + " film";
        return switch (outcome) {
            case TRUE_POSITIVE -> "The model flagged this TB film as TB-like: a hit.";
            case FALSE_NEGATIVE -> "The model missed this TB film: a film it does not flag can still be TB.";
            case TRUE_NEGATIVE -> "The model did not flag " + film + ": correctly not TB-like.";
            case FALSE_POSITIVE -> isNormal(item.label())
                    ? "The model flagged " + film + " as TB-like: it raises false alarms on films without findings too."
                    : "The model flagged " + film + " as TB-like: other opacities look alike to it.";
            case NOT_ANALYSED -> "The model could not analyse this film (" + ((ModelResult.NotAnalysed) result).reason()
                    + "): no result from it is no reassurance.";
        };
    }

    private static boolean isNormal(String label) {
        return label.trim().equalsIgnoreCase("normal");
    }

    /** "a" or "an" before a word as it is pronounced; the labels here start with letters whose sound is plain. */
    private static String article(String words) {
        char c = Character.toLowerCase(words.charAt(0));
        return ("aeio".indexOf(c) >= 0 ? "an " : "a ") + words;
    }
}
