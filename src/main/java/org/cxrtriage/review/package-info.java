/** The clinician's side: AI flags, accept/reject decisions, the append-only audit store and DICOM SR export. */
package org.cxrtriage.review;
