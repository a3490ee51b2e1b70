package org.cxrtriage.review.teaching;

/**
 * How a quiz is drawn from a teaching set; see {@link TeachingSet#quiz(QuizSelection)}.
 *
 * @param count    how many films (fewer when the set, after the split filter, has fewer)
 * @param seed     the same seed on the same set gives the same films in the same order
 * @param balanced take films round-robin over the labels, so a quiz from a TB-heavy manifest is not mostly TB
 * @param split    only films of this split (case-insensitive, e.g. {@code external}); blank = every split
 */
public record QuizSelection(int count, long seed, boolean balanced, String split) {
    public QuizSelection {
        if (count <= 0) {
            throw new IllegalArgumentException("a quiz needs at least one film, asked for " + count);
        }
        split = split == null ? "" : split.trim();
    }

    /** A balanced quiz over every split: the sensible default for a class. */
    public static QuizSelection balanced(int count, long seed) {
        return new QuizSelection(count, seed, true, "");
    }

    /** A quiz in the set's own proportions (a plain shuffle). */
    public static QuizSelection shuffled(int count, long seed) {
        return new QuizSelection(count, seed, false, "");
    }

    public QuizSelection onlySplit(String only) {
        return new QuizSelection(count, seed, balanced, only);
    }
}
