package org.cxrtriage.review.export;

import java.util.Optional;

/**
 * What an export wrote for one study.
 *
 * @param assessment null when no flag had a decision yet (there is nothing to assess)
 * @param complete   every flag was decided (the assessment SR is COMPLETE rather than PARTIAL)
 */
public record ExportedStudy(ExportedReport aiResult, ExportedReport assessment, boolean complete) {
    public Optional<ExportedReport> assessmentReport() {
        return Optional.ofNullable(assessment);
    }
}
