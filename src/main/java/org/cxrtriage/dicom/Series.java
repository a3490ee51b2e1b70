package org.cxrtriage.dicom;

import java.util.List;

/** A series with its instances, sorted by Instance Number then SOP Instance UID. */
public record Series(String seriesInstanceUid, String modality, int seriesNumber, String description,
                     List<Instance> instances) {
    public Series {
        instances = List.copyOf(instances);
        description = description == null ? "" : description;
    }
}
