package org.cxrtriage.dicom;

import org.cxrtriage.dicom.pixelmed.PixelMedDicomWriter;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.cxrtriage.dicom.pixelmed.PixelMedStudyLoader;
import org.cxrtriage.dicom.scan.StructureScanner;

import java.nio.file.Path;

/** The real PixelMed-backed services, built the way the composition root builds them, for tests. */
public final class DicomTestServices implements AutoCloseable {
    public final StructureScanner scanner = new StructureScanner();
    public final PixelMedStudyLoader loader;
    public final CachingFrameDecoder decoder;
    public final PixelMedDicomWriter writer;

    public DicomTestServices(Path tempRoot, long cacheBytes) {
        loader = new PixelMedStudyLoader(scanner, new SafeZipExtractor(1L << 31, 10_000), tempRoot);
        decoder = new CachingFrameDecoder(new PixelMedInstanceDecoder(scanner), new FrameCache(cacheBytes));
        writer = new PixelMedDicomWriter(scanner, new UidGenerator());
    }

    public DicomTestServices(Path tempRoot) {
        this(tempRoot, 256L * 1024 * 1024);
    }

    /** The single instance in a file (fails the test when the file holds anything else). */
    public Instance single(Path file) throws DicomException {
        LoadResult result = loader.load(file);
        if (!result.failures().isEmpty()) {
            throw new AssertionError("unexpected failure " + result.failures());
        }
        var instances = result.studies().stream().flatMap(s -> s.instances().stream()).toList();
        if (instances.size() != 1) {
            throw new AssertionError(file + " holds " + instances.size() + " instances");
        }
        return instances.get(0);
    }

    @Override
    public void close() {
        loader.close();
    }
}
