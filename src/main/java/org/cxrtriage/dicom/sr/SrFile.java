package org.cxrtriage.dicom.sr;

import java.nio.file.Path;
import java.util.List;

/** An SR read back from disk: identity, context, evidence and the content tree. */
public record SrFile(Path file, String sopClassUid, String sopInstanceUid, String seriesUid, String modality,
                     String completionFlag, StudyContext study, List<SopReference> evidence,
                     SrItem.Container root) {
}
