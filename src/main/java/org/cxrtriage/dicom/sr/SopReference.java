package org.cxrtriage.dicom.sr;

/** A referenced SOP instance with everything the evidence sequence needs to find it. */
public record SopReference(String studyUid, String seriesUid, String sopClassUid, String sopInstanceUid) {
    public SopReference {
        for (String uid : new String[] {studyUid, seriesUid, sopClassUid, sopInstanceUid}) {
            if (uid == null || uid.isBlank()) {
                throw new IllegalArgumentException("a SOP reference needs study, series, class and instance UIDs");
            }
        }
    }
}
