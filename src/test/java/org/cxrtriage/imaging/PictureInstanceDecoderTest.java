package org.cxrtriage.imaging;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.CachingFrameDecoder;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.FrameCache;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.PixelRaster;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A picture instance decodes and renders with its default window to exactly the grey image {@link PictureFiles}
 * reads, for every kind of picture in the shared data (8-bit grey, palette and RGB PNGs, an RGB JPEG) and a 16-bit
 * grey PNG made from a real film (the shared data holds none); DICOM still goes to the DICOM decoder.
 */
class PictureInstanceDecoderTest {
    @TempDir
    Path temp;
    private DicomTestServices dicom;
    private final PictureFiles pictures = new PictureFiles();
    private PictureStudyLoader loader;
    private PictureInstanceDecoder decoder;
    private final DisplayPipeline pipeline = new DisplayPipeline();

    @BeforeEach
    void build() {
        dicom = new DicomTestServices(temp.resolve("tmp"));
        loader = new PictureStudyLoader(dicom.loader, new PictureInstances(pictures));
        decoder = new PictureInstanceDecoder(new PixelMedInstanceDecoder(dicom.scanner), pictures);
    }

    @AfterEach
    void close() {
        dicom.close();
    }

    @Test
    void defaultRenderingIsBitIdenticalToPictureFilesForEveryKindOfPicture() throws Exception {
        Path grey8 = PictureStudyLoaderTest.realPngs("shenzhen", 1).get(0);
        Path palette = TestData.cxr("fullres/CHNCXR_0007_0.png");
        Path rgb = TestData.cxr("fullres/CR.1.2.840.113564.1722810170.20200403202154234940.1003000225002.png");
        Path rgbJpeg = TestData.cxr("fullres/covid-19-caso-86-Rx-torace-1.jpg");
        Path grey16 = sixteenBitCopy(PictureStudyLoaderTest.realPngs("tbx11k", 1).get(0), temp.resolve("wide.png"));
        // the files are what the test says they are (MANIFEST/SOURCES.md describe them; ImageIO confirms)
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, PictureStudyLoaderTest.decode(grey8).getType(), grey8.toString());
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, PictureStudyLoaderTest.decode(palette).getType(), palette.toString());
        assertEquals(3, PictureStudyLoaderTest.decode(rgb).getColorModel().getNumColorComponents(), rgb.toString());
        assertEquals(3, PictureStudyLoaderTest.decode(rgbJpeg).getColorModel().getNumColorComponents(), rgbJpeg.toString());
        assertEquals(BufferedImage.TYPE_USHORT_GRAY, PictureStudyLoaderTest.decode(grey16).getType());

        for (Path file : List.of(grey8, palette, rgb, rgbJpeg, grey16)) {
            Instance picture = single(file);
            List<PixelRaster> frames = decoder.decodeAll(picture);
            assertEquals(1, frames.size());
            GreyImage shown = pipeline.renderDefault(frames.get(0), picture.pixels());
            GreyImage read = pictures.read(file);
            assertEquals(read.width(), shown.width(), file.toString());
            assertEquals(read.height(), shown.height(), file.toString());
            assertArrayEquals(read.pixels(), shown.pixels(), file + ": default rendering differs from PictureFiles");
        }
    }

    @Test
    void theOneWindowIsTheIdentityOnEveryGreyLevel() {
        int[] ramp = new int[256];
        for (int v = 0; v < 256; v++) {
            ramp[v] = v;
        }
        PixelRaster raster = new PixelRaster(256, 1, 1, ramp);
        GreyImage shown = pipeline.renderDefault(raster,
                PictureInstances.description(new PictureFiles.PictureSize(256, 1)));
        for (int v = 0; v < 256; v++) {
            assertEquals(v, shown.get(v, 0), "grey level " + v + " (C.11.2.1.2.1, centre 128 width 256)");
        }
    }

    @Test
    void dicomInstancesGoToTheDicomDecoderAndPicturesAreCachedLikeFrames() throws Exception {
        Instance film = dicom.single(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        PixelRaster direct = new PixelMedInstanceDecoder(dicom.scanner).decodeAll(film).get(0);
        assertArrayEquals(direct.samples(), decoder.decodeAll(film).get(0).samples());

        Instance picture = single(PictureStudyLoaderTest.realPngs("tbx11k", 1).get(0));
        CachingFrameDecoder cached = new CachingFrameDecoder(decoder, new FrameCache(64L << 20));
        PixelRaster once = cached.decode(picture, 0);
        PixelRaster twice = cached.decode(picture, 0);
        assertTrue(once == twice, "the second request is served from the cache");
        assertEquals(1, cached.stats().decodes());
        assertEquals(1, cached.stats().hits());
    }

    @Test
    void aPictureChangedOrRemovedAfterOpeningIsADecodeErrorNamingIt() throws Exception {
        List<Path> films = PictureStudyLoaderTest.realPngs("covid-ieee8023", 2);
        Path file = Files.copy(films.get(0), temp.resolve("film.png"));
        Instance picture = single(file);
        BufferedImage other = PictureStudyLoaderTest.decode(films.get(1));
        assertTrue(other.getWidth() != picture.pixels().columns() || other.getHeight() != picture.pixels().rows(),
                "the two films differ in size");
        Files.copy(films.get(1), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DicomException changed = assertThrows(DicomException.class, () -> decoder.decodeAll(picture));
        assertEquals(picture.source(), changed.file());
        assertTrue(changed.reason().startsWith("changed since it was opened"), changed.reason());

        Files.delete(file);
        DicomException gone = assertThrows(DicomException.class, () -> decoder.decodeAll(picture));
        assertEquals(picture.source(), gone.file());
        assertEquals("no such file", gone.reason());
    }

    private Instance single(Path file) throws Exception {
        LoadResult result = loader.load(file);
        assertEquals(List.of(), result.failures(), file.toString());
        Instance instance = result.firstImage().orElseThrow();
        assertTrue(PictureInstances.isPicture(instance));
        return instance;
    }

    /** The film as 16-bit grey, with low bits that vary so the rescale to 8 bits has to round. */
    private static Path sixteenBitCopy(Path png, Path target) throws Exception {
        BufferedImage source = PictureStudyLoaderTest.decode(png);
        BufferedImage wide = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = wide.getRaster();
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                raster.setSample(x, y, 0, source.getRaster().getSample(x, y, 0) * 256 + ((7 * x + 13 * y) & 0xFF));
            }
        }
        assertTrue(ImageIO.write(wide, "png", target.toFile()));
        return target;
    }
}
