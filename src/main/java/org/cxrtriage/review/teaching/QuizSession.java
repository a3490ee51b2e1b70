package org.cxrtriage.review.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run through a quiz: for each film in order the learner calls it ({@link #call}), then the truth and the
 * model's result are revealed ({@link #reveal}), then the quiz moves on ({@link #next}). The order is enforced
 * here, not only by disabled buttons: calling twice, revealing before calling or moving on before revealing
 * throws {@link IllegalStateException}, because a call made after the truth is shown would corrupt the score.
 *
 * <p>Not thread-safe: one quiz belongs to one screen and is used from its thread.
 */
public final class QuizSession {
    /** Where the current film is in its call → reveal → next cycle. */
    public enum Step { AWAITING_CALL, CALLED, REVEALED, FINISHED }

    private final List<TeachingItem> items;
    private final List<QuizOutcome> outcomes = new ArrayList<>();
    private int index;
    private Step step;
    private LearnerCall pendingCall;

    public QuizSession(List<TeachingItem> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a quiz needs at least one film");
        }
        this.items = List.copyOf(items);
        this.step = Step.AWAITING_CALL;
    }

    public Step step() {
        return step;
    }

    public boolean finished() {
        return step == Step.FINISHED;
    }

    /** 0-based position of the current film. */
    public int index() {
        return index;
    }

    public int size() {
        return items.size();
    }

    public List<TeachingItem> items() {
        return items;
    }

    /** The film on screen. */
    public TeachingItem current() {
        require(!finished(), "the quiz is finished, there is no current film");
        return items.get(index);
    }

    /** The learner's call on the current film; one call per film. */
    public void call(LearnerCall call) {
        require(step != Step.FINISHED, "the quiz is finished, no film to call");
        require(step == Step.AWAITING_CALL, "film " + (index + 1) + " is already called");
        if (call == null) {
            throw new IllegalArgumentException("no call given");
        }
        pendingCall = call;
        step = Step.CALLED;
    }

    /** Reveals truth and model result for the current film, after the learner's call, and scores both. */
    public QuizOutcome reveal(ModelResult model) {
        require(step != Step.FINISHED, "the quiz is finished, nothing to reveal");
        require(step != Step.AWAITING_CALL, "film " + (index + 1) + " must be called before it is revealed");
        require(step != Step.REVEALED, "film " + (index + 1) + " is already revealed");
        if (model == null) {
            throw new IllegalArgumentException("no model result given (use ModelResult.NotAnalysed with a reason)");
        }
        QuizOutcome outcome = QuizOutcome.of(items.get(index), pendingCall, model);
        outcomes.add(outcome);
        step = Step.REVEALED;
        return outcome;
    }

    /** Moves to the next film, or finishes the quiz after the last one. */
    public void next() {
        require(step != Step.FINISHED, "the quiz is already finished");
        require(step == Step.REVEALED, "film " + (index + 1) + " must be revealed before moving on");
        index++;
        pendingCall = null;
        step = index < items.size() ? Step.AWAITING_CALL : Step.FINISHED;
    }

    /** The current film's outcome once revealed (until {@link #next}). */
    public Optional<QuizOutcome> revealed() {
        return step == Step.REVEALED ? Optional.of(outcomes.get(outcomes.size() - 1)) : Optional.empty();
    }

    /** Every revealed film so far, in quiz order. */
    public List<QuizOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The running score over the revealed films. */
    public QuizScore score() {
        return QuizScore.of(outcomes);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
