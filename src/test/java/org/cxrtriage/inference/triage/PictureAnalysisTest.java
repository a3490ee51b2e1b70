package org.cxrtriage.inference.triage;

import org.cxrtriage.TestData;
import org.cxrtriage.TestModels;
import org.cxrtriage.dicom.CachingFrameDecoder;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.FrameCache;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.imaging.PictureInstanceDecoder;
import org.cxrtriage.imaging.PictureInstances;
import org.cxrtriage.imaging.PictureStudyLoader;
import org.cxrtriage.inference.ClassifierSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workstation's analyser scores a picture instance exactly as {@code predict} scores the picture file: the
 * shipped model on {@link PictureFiles#read}, through the picture loader, decoder and default rendering.
 */
class PictureAnalysisTest {
    @TempDir
    Path temp;
    private DicomTestServices dicom;
    private final PictureFiles pictures = new PictureFiles();
    private PictureStudyLoader loader;
    private ImageAnalyser analyser;

    @BeforeEach
    void build() {
        dicom = new DicomTestServices(temp.resolve("tmp"));
        loader = new PictureStudyLoader(dicom.loader, new PictureInstances(pictures));
        analyser = TestModels.analyser(new CachingFrameDecoder(
                new PictureInstanceDecoder(new PixelMedInstanceDecoder(dicom.scanner), pictures),
                new FrameCache(128L << 20)));
    }

    @AfterEach
    void close() {
        dicom.close();
    }

    @Test
    void aPictureInstanceGetsTheProbabilityPredictGivesThePicture() throws Exception {
        List<Path> films;
        try (Stream<Path> tb = Files.list(TestData.cxr("tbx11k")); Stream<Path> normal = Files.list(TestData.cxr("shenzhen"))) {
            films = Stream.concat(tb.sorted().limit(2), normal.sorted().limit(1)).toList();
        }
        films = Stream.concat(films.stream(), Stream.of(TestData.cxr("fullres/CHNCXR_0007_0.png"),
                TestData.cxr("fullres/covid-19-caso-86-Rx-torace-1.jpg"))).toList();
        ClassifierSession session = TestModels.provider().borrow();
        try {
            for (Path film : films) {
                LoadResult loaded = loader.load(film);
                assertEquals(List.of(), loaded.failures(), film.toString());
                Instance picture = loaded.firstImage().orElseThrow();
                AnalysisResult result = analyser.analyse(picture, () -> false);
                assertTrue(result instanceof AnalysisResult.Scored, film + ": " + result);
                double shown = ((AnalysisResult.Scored) result).prediction().probability();
                double predicted = session.predict(pictures.read(film)).probability();
                assertEquals(predicted, shown, 1e-6, film.toString());
            }
        } finally {
            TestModels.provider().release(session);
        }
    }
}
