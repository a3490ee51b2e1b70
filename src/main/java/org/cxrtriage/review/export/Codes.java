package org.cxrtriage.review.export;

import org.cxrtriage.dicom.sr.CodedConcept;
import org.cxrtriage.review.Decision;
import org.cxrtriage.review.RejectReason;

/**
 * Coded concepts used in our reports. Standard codes (DCM, SCT, UCUM) where one says what we mean; a local
 * scheme {@value #LOCAL} (PS3.16 "99" prefix) where we could not verify a standard code, e.g. the
 * assessment concepts of IHE AIRA, so nothing claims a meaning it may not have.
 */
final class Codes {
    static final String LOCAL = "99CXRTRIAGE";

    // DICOM (PS3.16 DCM)
    static final CodedConcept IMAGING_MEASUREMENT_REPORT = dcm("126000", "Imaging Measurement Report");
    static final CodedConcept LANGUAGE = dcm("121049", "Language of Content Item and Descendants");
    static final CodedConcept OBSERVER_TYPE = dcm("121005", "Observer Type");
    static final CodedConcept DEVICE = dcm("121007", "Device");
    static final CodedConcept PERSON = dcm("121006", "Person");
    static final CodedConcept PERSON_OBSERVER_NAME = dcm("121008", "Person Observer Name");
    static final CodedConcept DEVICE_OBSERVER_UID = dcm("121012", "Device Observer UID");
    static final CodedConcept DEVICE_OBSERVER_NAME = dcm("121013", "Device Observer Name");
    static final CodedConcept DEVICE_OBSERVER_MODEL_NAME = dcm("121015", "Device Observer Model Name");
    static final CodedConcept PROCEDURE_REPORTED = dcm("121058", "Procedure reported");
    static final CodedConcept IMAGE_LIBRARY = dcm("111028", "Image Library");
    static final CodedConcept IMAGE_LIBRARY_GROUP = dcm("126200", "Image Library Group");
    static final CodedConcept IMAGING_MEASUREMENTS = dcm("126010", "Imaging Measurements");
    static final CodedConcept MEASUREMENT_GROUP = dcm("125007", "Measurement Group");
    static final CodedConcept TRACKING_IDENTIFIER = dcm("112039", "Tracking Identifier");
    static final CodedConcept TRACKING_UID = dcm("112040", "Tracking Unique Identifier");
    static final CodedConcept FINDING = dcm("121071", "Finding");
    static final CodedConcept ALGORITHM_NAME = dcm("111001", "Algorithm Name");
    static final CodedConcept ALGORITHM_VERSION = dcm("111003", "Algorithm Version");
    static final CodedConcept SOURCE_OF_MEASUREMENT = dcm("121112", "Source of Measurement");
    static final CodedConcept COMMENT = dcm("121106", "Comment");

    // SNOMED CT, UCUM, RFC 5646
    static final CodedConcept ENGLISH = new CodedConcept("en-US", "RFC5646", "English (United States)");
    static final CodedConcept CHEST_X_RAY = new CodedConcept("399208008", "SCT", "Plain chest X-ray");
    static final CodedConcept TUBERCULOSIS = new CodedConcept("56717001", "SCT", "Tuberculosis");
    static final CodedConcept YES = new CodedConcept("373066001", "SCT", "Yes");
    static final CodedConcept NO = new CodedConcept("373067005", "SCT", "No");
    static final CodedConcept NO_UNITS = new CodedConcept("1", "UCUM", "no units");

    // local
    static final CodedConcept PROBABILITY = local("PROBABILITY", "Model probability of finding");
    static final CodedConcept THRESHOLD = local("THRESHOLD", "Model operating threshold");
    static final CodedConcept FLAG_RAISED = local("FLAGRAISED", "AI flag raised");
    static final CodedConcept MODEL_SHA256 = local("MODELSHA256", "Model file SHA-256");
    static final CodedConcept AI_RESULT_ASSESSMENT = local("AIRA", "AI Result Assessment");
    static final CodedConcept ASSESSED_RESULT = local("ASSESSEDSR", "Assessed AI result report");
    static final CodedConcept FINDING_ASSESSMENT = local("FINDINGASSESS", "AI finding assessment");
    static final CodedConcept ASSESSMENT = local("ASSESSMENT", "Assessment of AI result");
    static final CodedConcept REJECT_REASON = local("REJECTREASON", "Reason for rejection");
    static final CodedConcept ASSESSED_AT = local("ASSESSEDAT", "Date time of assessment");
    static final CodedConcept REVIEW_EVENT_ID = local("REVIEWEVENT", "Review event identifier");
    static final CodedConcept ACCEPTED = local("ACCEPTED", "Accepted");
    static final CodedConcept REJECTED = local("REJECTED", "Rejected");
    static final CodedConcept MODIFIED = local("MODIFIED", "Modified");

    private Codes() {
    }

    static CodedConcept finding(String finding) {
        if ("TB".equals(finding)) {
            return TUBERCULOSIS;
        }
        return local(finding, "Model finding " + finding);
    }

    static CodedConcept decision(Decision decision) {
        return switch (decision) {
            case ACCEPTED -> ACCEPTED;
            case REJECTED -> REJECTED;
            case MODIFIED -> MODIFIED;
            case PENDING -> throw new IllegalArgumentException("a pending flag has no assessment");
        };
    }

    static CodedConcept reason(RejectReason reason) {
        return local(reason.code(), reason.meaning());
    }

    private static CodedConcept dcm(String value, String meaning) {
        return new CodedConcept(value, "DCM", meaning);
    }

    private static CodedConcept local(String value, String meaning) {
        return new CodedConcept(value, LOCAL, meaning);
    }
}
