package org.cxrtriage.dicom.sr;

/**
 * A DICOM code triplet. Private codes use a scheme starting with "99" (PS3.16: local coding schemes).
 */
public record CodedConcept(String value, String scheme, String meaning) {
    public CodedConcept {
        if (value == null || value.isBlank() || scheme == null || scheme.isBlank() || meaning == null
                || meaning.isBlank()) {
            throw new IllegalArgumentException("code value, scheme and meaning must all be given");
        }
        if (value.length() > 16) {
            throw new IllegalArgumentException("code value '" + value + "' is longer than 16 characters (SH)");
        }
        if (meaning.length() > 64) {
            throw new IllegalArgumentException("code meaning '" + meaning + "' is longer than 64 characters (LO)");
        }
    }

    /** Same code, whatever the meaning text says (meanings are not part of a code's identity). */
    public boolean sameCode(CodedConcept other) {
        return other != null && value.equals(other.value) && scheme.equals(other.scheme);
    }
}
