package org.cxrtriage.review;

/**
 * The short coded list a rejection must pick from. The code values are stable: they are stored in the
 * events table and written into the assessment SR, so never rename one, only add.
 */
public enum RejectReason {
    ARTEFACT("ARTEFACT", "Artefact"),
    FINDING_NOT_TB_LIKE("NOT_TB_LIKE", "Finding not TB-like"),
    POOR_IMAGE_QUALITY("POOR_QUALITY", "Poor image quality"),
    OTHER("OTHER", "Other");

    private final String code;
    private final String meaning;

    RejectReason(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static RejectReason fromCode(String code) {
        for (RejectReason reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown reject reason code '" + code + "'");
    }
}
