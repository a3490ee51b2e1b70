package org.cxrtriage.review.teaching;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A teaching set as read: its CSV, the folder its relative paths start from, the usable films, and the rows that
 * were skipped ("line N: reason"), so the teacher sees what is wrong with the CSV without losing the rest.
 */
public record TeachingSet(Path csv, Path folder, List<TeachingItem> items, List<String> problems) {
    public TeachingSet {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** A balanced quiz of {@code count} films over every split ({@link QuizSelection#balanced}). */
    public List<TeachingItem> quiz(int count, long seed) {
        return quiz(QuizSelection.balanced(count, seed));
    }

    /**
     * Draws a quiz. The films of the chosen split are shuffled with {@code java.util.Random(seed)} (its algorithm
     * is specified, so a seed means the same quiz on every machine). Unbalanced: the first {@code count} of that
     * shuffle. Balanced: labels in alphabetical order take turns giving their next shuffled film until
     * {@code count} are taken or every label is used up, so each label appears (given enough films) and no label
     * has more than one film more than another unless it runs out. The chosen films are then shuffled again,
     * because in round-robin order a learner could guess the next label from the rotation.
     *
     * @return at most {@code count} films; fewer (possibly none) when the split has fewer
     */
    public List<TeachingItem> quiz(QuizSelection selection) {
        Random random = new Random(selection.seed());
        List<TeachingItem> pool = new ArrayList<>();
        for (TeachingItem item : items) {
            if (selection.split().isEmpty() || item.split().equalsIgnoreCase(selection.split())) {
                pool.add(item);
            }
        }
        Collections.shuffle(pool, random);
        if (!selection.balanced()) {
            return List.copyOf(pool.subList(0, Math.min(selection.count(), pool.size())));
        }
        Map<String, Deque<TeachingItem>> byLabel = new TreeMap<>();
        for (TeachingItem item : pool) {
            byLabel.computeIfAbsent(item.label().toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(item);
        }
        List<TeachingItem> chosen = new ArrayList<>();
        while (chosen.size() < selection.count() && !byLabel.isEmpty()) {
            for (var it = byLabel.values().iterator(); it.hasNext() && chosen.size() < selection.count(); ) {
                Deque<TeachingItem> films = it.next();
                chosen.add(films.poll());
                if (films.isEmpty()) {
                    it.remove();
                }
            }
        }
        Collections.shuffle(chosen, random);
        return List.copyOf(chosen);
    }

    /** The distinct labels of the set as written, in first-seen order (for a legend or a filter). */
    public List<String> labels() {
        return items.stream().map(TeachingItem::label).distinct().toList();
    }

    /** The distinct non-empty splits of the set, in first-seen order (for the split filter). */
    public List<String> splits() {
        return items.stream().map(TeachingItem::split).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
