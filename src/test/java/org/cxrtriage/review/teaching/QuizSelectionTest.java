package org.cxrtriage.review.teaching;

import org.cxrtriage.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quizzes drawn from the shared MANIFEST (55 % TB): reproducible, balanced over labels, filtered by split. */
class QuizSelectionTest {
    private static TeachingSet manifest;

    @BeforeAll
    static void read() throws IOException {
        manifest = new TeachingSetReader().read(TestData.cxr("MANIFEST.csv"));
    }

    @Test
    void theSameSeedGivesTheSameQuizAndAnotherSeedAnother() {
        List<TeachingItem> a = manifest.quiz(20, 42);
        assertEquals(a, manifest.quiz(20, 42));
        assertEquals(20, a.size());
        assertEquals(20, new HashSet<>(a).size(), "no film twice");
        assertNotEquals(a, manifest.quiz(20, 43));
        assertEquals(manifest.quiz(QuizSelection.shuffled(20, 7)), manifest.quiz(QuizSelection.shuffled(20, 7)));
    }

    @Test
    void aBalancedQuizHasEveryLabelEvenly() {
        List<TeachingItem> quiz = manifest.quiz(10, 1);
        Map<String, Long> perLabel = quiz.stream().collect(Collectors.groupingBy(TeachingItem::label,
                Collectors.counting()));
        assertEquals(Map.of("covid19", 2L, "normal", 2L, "other", 2L, "pneumonia_other", 2L, "tb", 2L), perLabel);

        // 'other' has 30 films: once it runs out the remaining labels share the rest evenly.
        Map<String, Long> big = manifest.quiz(200, 1).stream().collect(Collectors.groupingBy(TeachingItem::label,
                Collectors.counting()));
        assertEquals(Map.of("covid19", 43L, "normal", 43L, "other", 30L, "pneumonia_other", 42L, "tb", 42L), big);
    }

    @Test
    void theBalancedOrderIsShuffledNotARotation() {
        List<String> labels = manifest.quiz(10, 1).stream().map(TeachingItem::label).toList();
        List<String> sortedRotation = List.of("covid19", "normal", "other", "pneumonia_other", "tb",
                "covid19", "normal", "other", "pneumonia_other", "tb");
        assertNotEquals(sortedRotation, labels);
    }

    @Test
    void anUnbalancedQuizKeepsTheSetsProportions() {
        long tb = manifest.quiz(QuizSelection.shuffled(400, 3)).stream().filter(TeachingItem::tb).count();
        assertTrue(tb > 180 && tb < 260, "about 55 % TB, was " + tb + "/400");
    }

    @Test
    void theSplitFilterKeepsOnlyThatSplit() {
        List<TeachingItem> external = manifest.quiz(QuizSelection.balanced(12, 5).onlySplit("EXTERNAL"));
        assertEquals(12, external.size());
        assertTrue(external.stream().allMatch(i -> i.split().equals("external")));
        assertEquals(Set.of("covid19", "normal", "other", "pneumonia_other"),
                external.stream().map(TeachingItem::label).collect(Collectors.toSet()), "external has no tb label");

        assertEquals(36, manifest.quiz(QuizSelection.shuffled(1000, 5).onlySplit("external_tb")).size(),
                "fewer films than asked: all of them");
        assertEquals(List.of(), manifest.quiz(QuizSelection.balanced(5, 5).onlySplit("no-such-split")));
        assertThrows(IllegalArgumentException.class, () -> manifest.quiz(0, 5));
    }
}
