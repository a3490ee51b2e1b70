package org.cxrtriage.review.export;

import org.cxrtriage.dicom.sr.SopReference;
import org.cxrtriage.dicom.sr.SrItem;
import org.cxrtriage.dicom.sr.SrWriter;
import org.cxrtriage.review.FlagState;
import org.cxrtriage.review.ReviewEvent;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.cxrtriage.dicom.sr.Relationship.CONTAINS;
import static org.cxrtriage.dicom.sr.Relationship.HAS_CONCEPT_MOD;
import static org.cxrtriage.dicom.sr.Relationship.HAS_OBS_CONTEXT;

/**
 * The content of the assessment SR, in the spirit of IHE AIRA: it references the AI result SR by SOP
 * Instance UID and, per decided flag, the finding's tracking UID, the decision, the coded reason, the
 * reader (person observer) and when. Pending flags are left out; the document is then PARTIAL.
 */
final class AssessmentReport {
    private static final DateTimeFormatter DT =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSS'+0000'").withZone(ZoneOffset.UTC);

    private AssessmentReport() {
    }

    /**
     * @param decided flags with a decision, each with the measurement group it was written into
     * @param aiReport the AI result SR being assessed
     */
    static SrItem.Container content(List<DecidedFlag> decided, SopReference aiReport) {
        List<SrItem> children = new ArrayList<>();
        children.add(new SrItem.Code(HAS_CONCEPT_MOD, Codes.LANGUAGE, Codes.ENGLISH));
        children.add(new SrItem.Composite(CONTAINS, Codes.ASSESSED_RESULT, SrWriter.COMPREHENSIVE_SR,
                aiReport.sopInstanceUid()));
        for (DecidedFlag flag : decided) {
            children.add(assessment(flag));
        }
        return new SrItem.Container(null, Codes.AI_RESULT_ASSESSMENT, "", children);
    }

    private static SrItem assessment(DecidedFlag flag) {
        ReviewEvent event = flag.state().decidingEvent().orElseThrow();
        List<SrItem> items = new ArrayList<>();
        items.add(new SrItem.Code(HAS_OBS_CONTEXT, Codes.OBSERVER_TYPE, Codes.PERSON));
        items.add(new SrItem.PersonName(HAS_OBS_CONTEXT, Codes.PERSON_OBSERVER_NAME, event.reader()));
        items.add(new SrItem.UidRef(HAS_OBS_CONTEXT, Codes.TRACKING_UID, flag.reported().trackingUid()));
        items.add(new SrItem.Code(CONTAINS, Codes.FINDING, Codes.finding(event.flag().finding())));
        items.add(new SrItem.Code(CONTAINS, Codes.ASSESSMENT, Codes.decision(flag.state().decision())));
        event.rejectReason().ifPresent(reason ->
                items.add(new SrItem.Code(CONTAINS, Codes.REJECT_REASON, Codes.reason(reason))));
        if (!event.note().isEmpty()) {
            items.add(new SrItem.Text(CONTAINS, Codes.COMMENT, event.note()));
        }
        items.add(new SrItem.DateTime(CONTAINS, Codes.ASSESSED_AT, DT.format(event.at())));
        items.add(new SrItem.Text(CONTAINS, Codes.REVIEW_EVENT_ID, event.eventId()));
        items.add(new SrItem.Image(CONTAINS, Codes.SOURCE_OF_MEASUREMENT, flag.reported().image().sopClassUid(),
                flag.reported().image().sopInstanceUid()));
        return new SrItem.Container(CONTAINS, Codes.FINDING_ASSESSMENT, "", items);
    }

    /** A decided flag and where its AI result was written. */
    record DecidedFlag(FlagState state, ReportedFlag reported) {
    }
}
