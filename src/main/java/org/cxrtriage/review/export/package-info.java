/**
 * DICOM output of reviews: a TID 1500-like SR carrying the AI result for a study, and an IHE AIRA-like
 * assessment SR referencing it with each reader decision. Content is built here from
 * {@code dicom.sr} records; only {@code dicom.sr} knows the toolkit.
 */
package org.cxrtriage.review.export;
