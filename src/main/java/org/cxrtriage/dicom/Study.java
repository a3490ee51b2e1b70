package org.cxrtriage.dicom;

import java.util.List;

/** A study with its series, sorted by Series Number. */
public record Study(String studyInstanceUid, String description, String studyDate, String accessionNumber,
                    PatientInfo patient, List<Series> series) {
    public Study {
        series = List.copyOf(series);
        description = description == null ? "" : description;
        studyDate = studyDate == null ? "" : studyDate;
        accessionNumber = accessionNumber == null ? "" : accessionNumber;
    }

    public List<Instance> instances() {
        return series.stream().flatMap(s -> s.instances().stream()).toList();
    }
}
