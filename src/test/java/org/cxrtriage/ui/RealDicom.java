package org.cxrtriage.ui;

import org.cxrtriage.dicom.CachingFrameDecoder;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.FrameCache;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.SafeZipExtractor;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.cxrtriage.dicom.pixelmed.PixelMedStudyLoader;
import org.cxrtriage.dicom.scan.StructureScanner;

import java.nio.file.Path;

/** The real PixelMed loader and decoder, built the way the composition root builds them. */
final class RealDicom {
    private final StructureScanner scanner = new StructureScanner();
    final StudyLoader loader;
    final FrameDecoder decoder = new CachingFrameDecoder(new PixelMedInstanceDecoder(scanner), new FrameCache(256L << 20));

    RealDicom(Path tempRoot) {
        loader = new PixelMedStudyLoader(scanner, new SafeZipExtractor(1L << 30, 1000), tempRoot);
    }

    Instance first(Path file) throws DicomException {
        return loader.load(file).studies().get(0).instances().get(0);
    }
}
