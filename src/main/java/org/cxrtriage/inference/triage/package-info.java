/**
 * The model applied to studies: which images it may read ({@link org.cxrtriage.inference.triage.Eligibility}),
 * one analysis per image cached by SOP Instance UID and model version
 * ({@link org.cxrtriage.inference.triage.ImageAnalyser}), and occlusion sensitivity. Plain Java, no JavaFX: the
 * workstation and the CLI call it from their own worker threads.
 */
package org.cxrtriage.inference.triage;
