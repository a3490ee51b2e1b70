package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.dicom.Instance;

/**
 * One file's header: the instance plus the study- and series-level attributes the loader needs to group it
 * (they are repeated in every file, so each header carries its copy).
 */
record InstanceHeader(Instance instance, int seriesNumber, String seriesDescription, String studyDescription,
                      String studyDate, String accessionNumber) {

    static final String MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";

    boolean isDirectory() {
        return MEDIA_STORAGE_DIRECTORY.equals(instance.sopClassUid());
    }
}
