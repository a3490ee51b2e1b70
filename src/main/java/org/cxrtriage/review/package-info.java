/**
 * The clinician's side: AI flags, accept/reject/modify decisions, the append-only audit store and DICOM SR
 * export.
 *
 * <ul>
 *   <li>{@link org.cxrtriage.review.ReviewEvent}: one append-only entry; an undo is a new event.</li>
 *   <li>{@link org.cxrtriage.review.ReviewLedger}: pure derivation of {@link org.cxrtriage.review.FlagState},
 *       {@link org.cxrtriage.review.StudyReview} and {@link org.cxrtriage.review.SessionSummary} from events.</li>
 *   <li>{@link org.cxrtriage.review.DecisionStore}: the durable trail ({@code store}: SQLite or PostgreSQL).</li>
 *   <li>{@link org.cxrtriage.review.ReviewSession}: what the UI and CLI call.</li>
 *   <li>{@code export}: the AI result SR, the assessment SR and the heatmap Secondary Capture.</li>
 * </ul>
 * Patient names and IDs are never stored here: exports copy them from the image headers.
 */
package org.cxrtriage.review;
