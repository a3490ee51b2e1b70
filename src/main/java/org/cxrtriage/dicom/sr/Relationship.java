package org.cxrtriage.dicom.sr;

/** SR relationship types we use, with their DICOM spelling. */
public enum Relationship {
    CONTAINS("CONTAINS"),
    HAS_OBS_CONTEXT("HAS OBS CONTEXT"),
    HAS_CONCEPT_MOD("HAS CONCEPT MOD"),
    HAS_PROPERTIES("HAS PROPERTIES"),
    INFERRED_FROM("INFERRED FROM");

    private final String dicom;

    Relationship(String dicom) {
        this.dicom = dicom;
    }

    public String dicom() {
        return dicom;
    }

    public static Relationship fromDicom(String value) {
        for (Relationship relationship : values()) {
            if (relationship.dicom.equals(value)) {
                return relationship;
            }
        }
        throw new IllegalArgumentException("unsupported SR relationship type '" + value + "'");
    }
}
