package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.LoadResult.LoadFailure;
import org.cxrtriage.dicom.SafeZipExtractor;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.dicom.scan.StructureScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Opens a file, a folder (recursively), a DICOMDIR or a zip archive. Reads headers only. Zip archives are
 * extracted into temporary folders this loader owns: the instances point into them, so they live until
 * {@link #close()} (called by the composition root at shutdown).
 */
public final class PixelMedStudyLoader implements StudyLoader, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PixelMedStudyLoader.class);

    private final HeaderReader headers;
    private final DicomDirReader dicomDirs;
    private final SafeZipExtractor zips;
    private final Path tempRoot;
    private final List<Path> extractions = new ArrayList<>();

    public PixelMedStudyLoader(StructureScanner scanner, SafeZipExtractor zips, Path tempRoot) {
        this.headers = new HeaderReader(scanner);
        this.dicomDirs = new DicomDirReader(scanner);
        this.zips = zips;
        this.tempRoot = tempRoot;
    }

    @Override
    public LoadResult load(Path path, Progress progress) throws DicomException {
        if (!Files.exists(path)) {
            throw new DicomException(path, "does not exist");
        }
        if (Files.isDirectory(path)) {
            return loadFiles(listFiles(path), List.of(), progress);
        }
        if (isZip(path)) {
            return loadFiles(listFiles(extract(path)), List.of(), progress);
        }
        if (path.getFileName().toString().equalsIgnoreCase("DICOMDIR")) {
            return loadDicomDir(path, progress);
        }
        return loadSingle(path, progress);
    }

    /** One named file: "not DICOM" is a failure with a reason here, not a silently skipped file. */
    private LoadResult loadSingle(Path file, Progress progress) throws DicomException {
        Optional<InstanceHeader> header;
        try {
            header = headers.read(file);
        } catch (DicomException e) {
            LOG.info("load failure: {}", e.getMessage(), e);
            progress.update(1, 1);
            return new LoadResult(List.of(), List.of(new LoadFailure(file, e.reason())), 0);
        }
        if (header.isPresent() && header.get().isDirectory()) {
            return loadDicomDir(file, progress); // a DICOMDIR under another name
        }
        progress.update(1, 1);
        if (header.isEmpty()) {
            return new LoadResult(List.of(), List.of(new LoadFailure(file, "is not a DICOM file")), 0);
        }
        StudyAssembler assembler = new StudyAssembler();
        assembler.add(header.get());
        return new LoadResult(assembler.studies(), List.of(), 0);
    }

    private LoadResult loadDicomDir(Path dicomDir, Progress progress) throws DicomException {
        DicomDirReader.References references = dicomDirs.read(dicomDir);
        return loadFiles(references.files(), references.failures(), progress);
    }

    /** Files found by walking a folder, an archive or a DICOMDIR: non-DICOM files are counted as skipped. */
    private LoadResult loadFiles(List<Path> files, List<LoadFailure> earlier, Progress progress) {
        StudyAssembler assembler = new StudyAssembler();
        List<LoadFailure> failures = new ArrayList<>(earlier);
        int skipped = 0;
        int done = 0;
        for (Path file : files) {
            try {
                Optional<InstanceHeader> header = headers.read(file);
                if (header.isEmpty()) {
                    skipped++;
                } else if (!header.get().isDirectory()) {
                    assembler.add(header.get());
                }
                // a DICOMDIR met while walking a folder is an index of files the walk reads anyway
            } catch (DicomException e) {
                LOG.info("load failure: {}", e.getMessage(), e);
                failures.add(new LoadFailure(file, e.reason()));
            }
            progress.update(++done, files.size());
        }
        return new LoadResult(assembler.studies(), failures, skipped);
    }

    private static List<Path> listFiles(Path folder) throws DicomException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DicomException(folder, "cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isZip(Path file) {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) < 4) {
                return false;
            }
        } catch (IOException e) {
            return false; // unreadable: the header read reports why
        }
        return magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    private Path extract(Path zip) throws DicomException {
        Path folder;
        try {
            Files.createDirectories(tempRoot);
            folder = Files.createTempDirectory(tempRoot, "cxr-zip-");
        } catch (IOException e) {
            throw new DicomException(zip, "cannot create a folder to extract it (" + e.getMessage() + ")", e);
        }
        synchronized (extractions) {
            extractions.add(folder);
        }
        zips.extract(zip, folder);
        return folder;
    }

    /** Deletes the folders zip archives were extracted into. */
    @Override
    public void close() {
        List<Path> folders;
        synchronized (extractions) {
            folders = List.copyOf(extractions);
            extractions.clear();
        }
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("could not delete extraction folder {}", folder, e);
            }
        }
    }
}
