package org.cxrtriage.review;

import java.util.List;

/** All flags of one study with their derived decisions. */
public record StudyReview(String studyUid, List<FlagState> flags) {
    public StudyReview {
        flags = List.copyOf(flags);
    }

    /** Reviewed = every flag has a decision. A study without flags has nothing to review and is not "reviewed". */
    public boolean reviewed() {
        return !flags.isEmpty() && flags.stream().allMatch(FlagState::decided);
    }

    public SessionSummary summary() {
        return SessionSummary.of(flags);
    }
}
