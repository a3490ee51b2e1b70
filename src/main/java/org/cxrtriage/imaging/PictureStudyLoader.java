package org.cxrtriage.imaging;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.LoadResult.LoadFailure;
import org.cxrtriage.dicom.PatientInfo;
import org.cxrtriage.dicom.Series;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.dicom.StudyLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A {@link StudyLoader} that also opens exported PNG/JPEG chest films (field sites often have only those), around
 * the DICOM loader: a picture file opens as one picture instance; a folder is read by the DICOM loader (which
 * counts the pictures among its skipped non-DICOM files) and walked here the same way (recursively, files in path
 * order) for the pictures, which are added and taken off the skipped count. DICOMDIRs and zip archives go to the
 * DICOM loader unchanged. A picture that cannot be read is a {@link LoadFailure} naming the file and the reason,
 * never an exception; the other files keep loading.
 *
 * <p>Each picture is its own study (nothing says two exported pictures are of the same patient), listed after
 * the DICOM studies in file-path order; two files with identical bytes are one picture in two files, so they share
 * a study, as two copies of a DICOM file do.
 */
public final class PictureStudyLoader implements StudyLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PictureStudyLoader.class);

    private final StudyLoader dicom;
    private final PictureInstances pictures;

    public PictureStudyLoader(StudyLoader dicom, PictureInstances pictures) {
        this.dicom = dicom;
        this.pictures = pictures;
    }

    @Override
    public LoadResult load(Path path, Progress progress) throws DicomException {
        if (Files.isDirectory(path)) {
            return loadFolder(path, progress);
        }
        if (Files.isRegularFile(path) && pictures.handles(path)) {
            return loadPicture(path, progress);
        }
        return dicom.load(path, progress);
    }

    /**
     * One named picture: a broken one is the failure, as for a named DICOM file, unless the file is really DICOM
     * under a picture's name (as a folder walk would have found it).
     */
    private LoadResult loadPicture(Path file, Progress progress) throws DicomException {
        Pictures found = new Pictures();
        found.add(file);
        if (!found.failures.isEmpty()) {
            LoadResult asDicom = dicom.load(file, Progress.NONE);
            if (!asDicom.studies().isEmpty()) {
                progress.update(1, 1);
                return asDicom;
            }
        }
        progress.update(1, 1);
        return new LoadResult(found.studies(), found.failures, 0);
    }

    private LoadResult loadFolder(Path folder, Progress progress) throws DicomException {
        List<Path> candidates = listFiles(folder).stream().filter(pictures::handles).toList();
        // the DICOM loader's total counts the pictures once (as files it skips); they are read a second time here
        AtomicInteger dicomTotal = new AtomicInteger();
        LoadResult inner = dicom.load(folder, (done, total) -> {
            dicomTotal.set(total);
            progress.update(done, total + candidates.size());
        });
        // a .png that is really DICOM (or broken DICOM) was the DICOM loader's business and is left to it
        Set<Path> claimed = new HashSet<>();
        inner.studies().forEach(s -> s.instances().forEach(i -> claimed.add(i.source())));
        inner.failures().forEach(f -> claimed.add(f.file().toAbsolutePath().normalize()));
        Pictures found = new Pictures();
        int done = 0;
        int total = dicomTotal.get() + candidates.size();
        int picturesSkippedByDicom = 0;
        for (Path file : candidates) {
            if (!claimed.contains(file.toAbsolutePath().normalize())) {
                found.add(file);
                picturesSkippedByDicom++;
            }
            progress.update(dicomTotal.get() + ++done, total);
        }
        List<Study> studies = new ArrayList<>(inner.studies());
        studies.addAll(found.studies());
        List<LoadFailure> failures = new ArrayList<>(inner.failures());
        failures.addAll(found.failures);
        return new LoadResult(studies, failures, inner.skippedNonDicom() - picturesSkippedByDicom);
    }

    /** The same walk as the DICOM loader's: regular files, recursively, without following links, in path order. */
    private static List<Path> listFiles(Path folder) throws DicomException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DicomException(folder, "cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /** Pictures read so far, grouped by study UID (identical bytes, identical UIDs), and the ones that failed. */
    private final class Pictures {
        private final Map<String, List<Instance>> byStudy = new LinkedHashMap<>();
        final List<LoadFailure> failures = new ArrayList<>();

        void add(Path file) {
            try {
                Instance instance = pictures.read(file);
                byStudy.computeIfAbsent(instance.studyInstanceUid(), uid -> new ArrayList<>()).add(instance);
            } catch (ImageReadException e) {
                LOG.info("load failure: {}", e.getMessage(), e);
                failures.add(new LoadFailure(file, e.reason()));
            }
        }

        List<Study> studies() {
            List<Study> studies = new ArrayList<>();
            for (List<Instance> instances : byStudy.values()) {
                Instance first = instances.get(0);
                Series series = new Series(first.seriesInstanceUid(), first.modality(), 1,
                        PictureInstances.kind(first.source()), instances);
                studies.add(new Study(first.studyInstanceUid(), "", "", "", PatientInfo.UNKNOWN, List.of(series)));
            }
            return studies;
        }
    }
}
