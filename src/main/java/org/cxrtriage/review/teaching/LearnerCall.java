package org.cxrtriage.review.teaching;

/** The learner's call on a film: the same question the model answers, so the two scores compare. */
public enum LearnerCall {
    TB_LIKE,
    NOT_TB_LIKE;

    public boolean flagsTb() {
        return this == TB_LIKE;
    }
}
