/**
 * Writing and reading DICOM Structured Reports without naming the toolkit: content trees are plain records
 * ({@link org.cxrtriage.dicom.sr.SrItem}), documents are {@link org.cxrtriage.dicom.sr.SrDocument}s, and the
 * PixelMed classes here ({@code PixelMed*}) are the only ones that touch {@code com.pixelmed}. What goes
 * into a report (TID 1500-like AI results, AIRA-like assessments) is decided in {@code review}.
 */
package org.cxrtriage.dicom.sr;
