package org.cxrtriage.review.export;

import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.review.AiResult;

/**
 * One flag as written into the AI result SR.
 *
 * @param trackingUid the measurement group's Tracking Unique Identifier; the assessment SR names it so each
 *                    decision points at exactly one AI finding
 */
public record ReportedFlag(AiResult result, AnalysedImage image, String trackingUid) {
}
