package org.cxrtriage.dicom.sr;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Comprehensive SR document to write.
 *
 * @param evidence what the content references; becomes the Current Requested Procedure Evidence Sequence
 * @param complete Completion Flag COMPLETE (true) or PARTIAL
 */
public record SrDocument(String sopInstanceUid, String seriesUid, int seriesNumber, int instanceNumber,
                         String seriesDescription, Instant contentTime, StudyContext study, SrItem.Container root,
                         List<SopReference> evidence, boolean complete, Equipment equipment) {
    public SrDocument {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(seriesUid, "seriesUid");
        Objects.requireNonNull(contentTime, "contentTime");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(equipment, "equipment");
        seriesDescription = seriesDescription == null ? "" : seriesDescription;
        evidence = List.copyOf(evidence);
        for (SopReference reference : evidence) {
            if (!reference.studyUid().equals(study.studyUid())) {
                // PS3.3 C.17.2.3: evidence from other studies belongs in Pertinent Other Evidence
                throw new IllegalArgumentException("evidence " + reference.sopInstanceUid()
                        + " is from another study than the report");
            }
        }
    }
}
