package org.cxrtriage.dicom;

/**
 * Protected health information. Kept apart from everything else so it is never logged by accident:
 * {@link #toString()} hides it. Shown only where the user asked (PHI toggle, {@code --phi}).
 */
public record PatientInfo(String name, String id, String birthDate, String sex) {
    public static final PatientInfo UNKNOWN = new PatientInfo("", "", "", "");

    public PatientInfo {
        name = name == null ? "" : name;
        id = id == null ? "" : id;
        birthDate = birthDate == null ? "" : birthDate;
        sex = sex == null ? "" : sex;
    }

    @Override
    public String toString() {
        return "PatientInfo[hidden]";
    }
}
