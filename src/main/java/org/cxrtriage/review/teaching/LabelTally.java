package org.cxrtriage.review.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the model does on the films of one label: how many there are, how many it flags, its false positives and
 * false negatives, and how many it could not analyse (counted apart, so a silence is neither a hit nor a miss).
 *
 * @param label the label as the set writes it (first spelling seen; labels are grouped case-insensitively, as in
 *              {@link TeachingSet#quiz})
 */
public record LabelTally(String label, int films, int analysed, int flagged, int falsePositives,
                         int falseNegatives, int notAnalysed) {

    /** Label used for the tally over every film. */
    public static final String ALL = "all";

    /** One tally per label, in alphabetical order of the labels. */
    public static List<LabelTally> perLabel(List<ModelOutcome> outcomes) {
        Map<String, List<ModelOutcome>> byLabel = new TreeMap<>();
        for (ModelOutcome o : outcomes) {
            byLabel.computeIfAbsent(o.item().label().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
        }
        return byLabel.values().stream().map(group -> of(group.get(0).item().label(), group)).toList();
    }

    /** The tally of {@code outcomes} under {@code label} (e.g. {@link #ALL}). */
    public static LabelTally of(String label, List<ModelOutcome> outcomes) {
        int analysed = 0;
        int flagged = 0;
        int fp = 0;
        int fn = 0;
        for (ModelOutcome o : outcomes) {
            analysed += o.analysed() ? 1 : 0;
            flagged += o.flagged() ? 1 : 0;
            fp += o.outcome() == Classification.FALSE_POSITIVE ? 1 : 0;
            fn += o.outcome() == Classification.FALSE_NEGATIVE ? 1 : 0;
        }
        return new LabelTally(label, outcomes.size(), analysed, flagged, fp, fn, outcomes.size() - analysed);
    }
}
