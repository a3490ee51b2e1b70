/**
 * Writing and reading the DICOM objects we create, without naming the toolkit: Structured Report content
 * trees are plain records ({@link org.cxrtriage.dicom.sr.SrItem}) in {@link org.cxrtriage.dicom.sr.SrDocument}s,
 * derived pictures are {@link org.cxrtriage.dicom.sr.SecondaryCapture}s. The PixelMed implementations of
 * {@link org.cxrtriage.dicom.sr.SrWriter}, {@link org.cxrtriage.dicom.sr.SrReader} and
 * {@link org.cxrtriage.dicom.sr.SecondaryCaptureWriter} live in {@code dicom.pixelmed}. What goes into a
 * report (TID 1500-like AI results, AIRA-like assessments) is decided in {@code review.export}.
 */
package org.cxrtriage.dicom.sr;
