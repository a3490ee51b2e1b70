package org.cxrtriage.dicom.sr;

import java.nio.file.Path;

/** What an SR needs from the analysed image's header: its identity and its patient/study context. */
public record AnalysedImage(Path file, String sopClassUid, String sopInstanceUid, String seriesUid,
                            StudyContext study) {

    public SopReference reference() {
        return new SopReference(study.studyUid(), seriesUid, sopClassUid, sopInstanceUid);
    }
}
