/**
 * Teaching mode without its screens: a teaching set (a folder plus a {@code path,label,notes} CSV), a reproducible
 * and label-balanced quiz drawn from it, and the quiz itself (the learner calls a film, then truth, the model's
 * result and the teacher's notes are revealed, with a running score for learner and model). The model's misses and
 * false alarms are scored and explained exactly like its hits, because they are the lesson. Plain Java, no JavaFX:
 * the teaching view model only wires these to the screen. {@link org.cxrtriage.review.teaching.ModelOutcome} and
 * {@link org.cxrtriage.review.teaching.LabelTally} are the same words and counts without a learner, for the teacher
 * checking a set before class ({@code cxr-triage teaching-set}).
 */
package org.cxrtriage.review.teaching;
