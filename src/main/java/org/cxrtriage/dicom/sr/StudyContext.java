package org.cxrtriage.dicom.sr;

import org.cxrtriage.dicom.PatientInfo;

/**
 * Patient and General Study module values an SR copies from the image it reports on, so that PACS files
 * the SR into the same patient and study. This is the one place our output carries PHI; {@link #toString()}
 * hides it like {@link PatientInfo} does.
 */
public record StudyContext(PatientInfo patient, String studyUid, String studyDate, String studyTime,
                           String accessionNumber, String referringPhysician, String studyId) {
    public StudyContext {
        patient = patient == null ? PatientInfo.UNKNOWN : patient;
        if (studyUid == null || studyUid.isBlank()) {
            throw new IllegalArgumentException("study instance UID must not be blank");
        }
        studyDate = nullToEmpty(studyDate);
        studyTime = nullToEmpty(studyTime);
        accessionNumber = nullToEmpty(accessionNumber);
        referringPhysician = nullToEmpty(referringPhysician);
        studyId = nullToEmpty(studyId);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "StudyContext[study=" + studyUid + ", patient hidden]";
    }
}
