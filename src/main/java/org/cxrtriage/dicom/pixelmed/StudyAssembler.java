package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.Series;
import org.cxrtriage.dicom.Study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups headers into Study -> Series -> Instance. Series sort by Series Number, instances by Instance Number
 * then SOP Instance UID (so the order never depends on file names or the file system); studies by date then UID.
 * The same file reached twice (a DICOMDIR inside a folder that is also walked) is kept once; two files with
 * the same SOP Instance UID (the same image in two encodings) are both kept, since they are different files.
 */
final class StudyAssembler {
    private static final Comparator<Instance> INSTANCE_ORDER = Comparator.comparingInt(Instance::instanceNumber)
            .thenComparing(Instance::sopInstanceUid);
    private static final Comparator<Series> SERIES_ORDER = Comparator.comparingInt(Series::seriesNumber)
            .thenComparing(Series::seriesInstanceUid);
    private static final Comparator<Study> STUDY_ORDER = Comparator.comparing(Study::studyDate)
            .thenComparing(Study::studyInstanceUid);

    private final Map<String, StudyParts> studies = new LinkedHashMap<>();

    void add(InstanceHeader header) {
        Instance instance = header.instance();
        StudyParts study = studies.computeIfAbsent(instance.studyInstanceUid(), uid -> new StudyParts(header));
        SeriesParts series = study.series.computeIfAbsent(instance.seriesInstanceUid(), uid -> new SeriesParts(header));
        series.instances.putIfAbsent(instance.source(), instance);
    }

    List<Study> studies() {
        List<Study> result = new ArrayList<>();
        for (Map.Entry<String, StudyParts> entry : studies.entrySet()) {
            StudyParts parts = entry.getValue();
            List<Series> series = new ArrayList<>();
            for (Map.Entry<String, SeriesParts> s : parts.series.entrySet()) {
                SeriesParts sp = s.getValue();
                List<Instance> instances = new ArrayList<>(sp.instances.values());
                instances.sort(INSTANCE_ORDER);
                series.add(new Series(s.getKey(), sp.first.instance().modality(), sp.first.seriesNumber(),
                        sp.first.seriesDescription(), instances));
            }
            series.sort(SERIES_ORDER);
            InstanceHeader first = parts.first;
            result.add(new Study(entry.getKey(), first.studyDescription(), first.studyDate(),
                    first.accessionNumber(), first.instance().patient(), series));
        }
        result.sort(STUDY_ORDER);
        return result;
    }

    private static final class StudyParts {
        final InstanceHeader first;
        final Map<String, SeriesParts> series = new LinkedHashMap<>();

        StudyParts(InstanceHeader first) {
            this.first = first;
        }
    }

    private static final class SeriesParts {
        final InstanceHeader first;
        final Map<java.nio.file.Path, Instance> instances = new LinkedHashMap<>();

        SeriesParts(InstanceHeader first) {
            this.first = first;
        }
    }
}
