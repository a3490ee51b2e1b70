package org.cxrtriage.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives current state from the append-only trail. Pure: the same events always give the same state, so
 * the store never keeps a mutable "current decision" column that could drift from its own history.
 *
 * <p>Rule: a flag's decision is its latest ACCEPT/REJECT/MODIFY that no UNDO compensates; with none left it
 * is pending again. Redo is simply a new decision.
 */
public final class ReviewLedger {
    private ReviewLedger() {
    }

    /**
     * @param results every result shown to the reader (flags with no event yet are pending)
     * @param events  in the order they were recorded
     * @return one state per flag, results first in their order, then flags only known from events
     */
    public static List<FlagState> derive(List<AiResult> results, List<ReviewEvent> events) {
        Map<FlagKey, AiResult> flags = new LinkedHashMap<>();
        results.forEach(result -> flags.putIfAbsent(result.key(), result));
        events.forEach(event -> flags.putIfAbsent(event.flag(), event.result()));

        Set<String> undone = new HashSet<>();
        for (ReviewEvent event : events) {
            if (event.kind() == EventKind.UNDO) {
                undone.add(event.undoes());
            }
        }
        Map<FlagKey, ReviewEvent> deciding = new LinkedHashMap<>();
        for (ReviewEvent event : events) {
            if (event.kind().isDecision() && !undone.contains(event.eventId())) {
                deciding.put(event.flag(), event);
            }
        }
        List<FlagState> states = new ArrayList<>(flags.size());
        flags.forEach((key, result) -> {
            ReviewEvent event = deciding.get(key);
            states.add(event == null
                    ? new FlagState(result, Decision.PENDING, null)
                    : new FlagState(result, Decision.of(event.kind()), event));
        });
        return states;
    }

    public static StudyReview study(String studyUid, List<AiResult> results, List<ReviewEvent> events) {
        List<AiResult> ofStudy = results.stream().filter(r -> r.key().studyUid().equals(studyUid)).toList();
        List<ReviewEvent> eventsOfStudy = events.stream().filter(e -> e.flag().studyUid().equals(studyUid)).toList();
        return new StudyReview(studyUid, derive(ofStudy, eventsOfStudy));
    }

    /**
     * Refuses an event that would make the trail inconsistent: an UNDO must compensate an existing,
     * not yet undone decision on the same flag.
     *
     * @param flagEvents the events already recorded for the flag of {@code next}
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkAppendable(List<ReviewEvent> flagEvents, ReviewEvent next) {
        for (ReviewEvent event : flagEvents) {
            if (event.eventId().equals(next.eventId())) {
                throw new IllegalArgumentException("event " + next.eventId() + " is already recorded");
            }
        }
        if (next.kind() != EventKind.UNDO) {
            return;
        }
        ReviewEvent target = flagEvents.stream().filter(e -> e.eventId().equals(next.undoes())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot undo event " + next.undoes() + ": no such decision on this flag"));
        if (!target.kind().isDecision()) {
            throw new IllegalArgumentException("cannot undo an undo (" + target.eventId() + "); record a new decision");
        }
        boolean alreadyUndone = flagEvents.stream()
                .anyMatch(e -> e.kind() == EventKind.UNDO && e.undoes().equals(target.eventId()));
        if (alreadyUndone) {
            throw new IllegalArgumentException("event " + target.eventId() + " is already undone");
        }
    }
}
