package org.cxrtriage.app;

import org.cxrtriage.dicom.CachingFrameDecoder;
import org.cxrtriage.dicom.DicomWriter;
import org.cxrtriage.dicom.FrameCache;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.InstanceDecoder;
import org.cxrtriage.dicom.SafeZipExtractor;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.dicom.pixelmed.PixelMedDicomWriter;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.cxrtriage.dicom.pixelmed.PixelMedStudyLoader;
import org.cxrtriage.dicom.scan.StructureScanner;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.imaging.PictureInstanceDecoder;
import org.cxrtriage.imaging.PictureInstances;
import org.cxrtriage.imaging.PictureStudyLoader;

import java.nio.file.Path;

/**
 * The DICOM services, built once: loader, caching decoder and writer over PixelMed, plus the loader that also
 * opens exported PNG/JPEG films as picture instances (what the workstation and {@code review} open). The caching
 * decoder decodes both, so a picture is cached like a DICOM frame. The composition root owns
 * it and closes it at shutdown (the loader deletes the folders it extracted zip archives into).
 *
 * @param cacheBytes memory bound of the decoded-frame cache
 * @param uidRoot    root for UIDs of objects we create ("2.25" = UUID-derived)
 */
final class DicomModule implements AutoCloseable {
    /** 512 MiB holds about 20 decoded 2500x2500 chest frames (int samples, 25 MB each). */
    static final long DEFAULT_CACHE_BYTES = 512L * 1024 * 1024;
    /** A zip may expand to at most 8 GiB and 100 000 entries: enough for a CT study, not for a zip bomb. */
    private static final long MAX_ZIP_BYTES = 8L * 1024 * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 100_000;

    private final PixelMedStudyLoader loader;
    private final PictureStudyLoader loaderWithPictures;
    private final PixelMedInstanceDecoder uncachedDecoder;
    private final CachingFrameDecoder decoder;
    private final PixelMedDicomWriter writer;

    DicomModule(long cacheBytes, String uidRoot, Path tempRoot) {
        StructureScanner scanner = new StructureScanner();
        this.loader = new PixelMedStudyLoader(scanner, new SafeZipExtractor(MAX_ZIP_BYTES, MAX_ZIP_ENTRIES), tempRoot);
        PictureFiles pictures = new PictureFiles();
        this.loaderWithPictures = new PictureStudyLoader(loader, new PictureInstances(pictures));
        this.uncachedDecoder = new PixelMedInstanceDecoder(scanner);
        this.decoder = new CachingFrameDecoder(new PictureInstanceDecoder(uncachedDecoder, pictures),
                new FrameCache(cacheBytes));
        this.writer = new PixelMedDicomWriter(scanner, new UidGenerator(uidRoot));
    }

    /** Defaults, overridable with -Dcxr.frameCacheMiB=N and -Dcxr.uidRoot=ROOT. */
    static DicomModule fromSystemProperties() {
        long mib = Long.getLong("cxr.frameCacheMiB", DEFAULT_CACHE_BYTES / (1024 * 1024));
        String root = System.getProperty("cxr.uidRoot", UidGenerator.UUID_ROOT);
        Path temp = Path.of(System.getProperty("java.io.tmpdir"), "cxr-triage");
        return new DicomModule(mib * 1024 * 1024, root, temp);
    }

    /** DICOM only (files, folders, DICOMDIR, zip): for {@code info}, the benchmarks and SR export. */
    StudyLoader loader() {
        return loader;
    }

    /** DICOM plus PNG/JPEG pictures, each picture its own study: what a reader opens. */
    StudyLoader loaderWithPictures() {
        return loaderWithPictures;
    }

    FrameDecoder decoder() {
        return decoder;
    }

    CachingFrameDecoder cachingDecoder() {
        return decoder;
    }

    /** Decodes DICOM (not pictures) every time: for benchmarks only; everything else goes through {@link #decoder()}. */
    InstanceDecoder uncachedDecoder() {
        return uncachedDecoder;
    }

    DicomWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        loader.close();
    }
}
