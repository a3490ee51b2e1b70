package org.cxrtriage.imaging;

import org.cxrtriage.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictureFilesTest {
    private final PictureFiles files = new PictureFiles();

    private static Path anyShenzhen() throws Exception {
        try (var s = Files.list(TestData.cxr("tbx11k-extra"))) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void sixteenBitAndRgbCopiesOfAFilmGiveTheSameGreyImage(@TempDir Path dir) throws Exception {
        Path png = anyShenzhen();
        GreyImage grey = files.read(png);
        BufferedImage wide = new BufferedImage(grey.width(), grey.height(), BufferedImage.TYPE_USHORT_GRAY);
        BufferedImage rgb = new BufferedImage(grey.width(), grey.height(), BufferedImage.TYPE_INT_RGB);
        WritableRaster raster = wide.getRaster();
        for (int y = 0; y < grey.height(); y++) {
            for (int x = 0; x < grey.width(); x++) {
                int v = grey.get(x, y);
                raster.setSample(x, y, 0, v * 257);
                rgb.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        Path p16 = dir.resolve("wide.png");
        Path pRgb = dir.resolve("rgb.png");
        ImageIO.write(wide, "png", p16.toFile());
        ImageIO.write(rgb, "png", pRgb.toFile());
        assertArrayEquals(grey.pixels(), files.read(p16).pixels());
        assertArrayEquals(grey.pixels(), files.read(pRgb).pixels());
    }

    @Test
    void readsTheRealJpegAndRgbSamples() throws Exception {
        try (var s = Files.list(TestData.cxr("fullres"))) {
            for (Path p : s.sorted().toList()) {
                GreyImage image = files.read(p);
                assertTrue(Math.max(image.width(), image.height()) > 2000 && Math.min(image.width(), image.height()) > 1000,
                        p + " " + image.width() + "x" + image.height());
            }
        }
    }

    @Test
    void aTruncatedJpegIsRefusedNotFilledWithGrey(@TempDir Path dir) throws Exception {
        // the JDK reader alone returns such a file "successfully", its lower half a flat 128
        Path whole = PictureStudyLoaderTest.jpegOf(anyShenzhen(), dir.resolve("whole.jpg"));
        files.read(whole);
        Path cut = PictureStudyLoaderTest.truncated(whole, dir.resolve("cut.jpg"));
        ImageReadException e = assertThrows(ImageReadException.class, () -> files.read(cut));
        assertEquals(cut, e.file());
        assertTrue(e.reason().startsWith("not a readable JPG image (truncated: "), e.reason());
    }

    @Test
    void aBrokenFileIsReportedWithItsName(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.png");
        Files.writeString(bad, "not a png");
        ImageReadException e = assertThrows(ImageReadException.class, () -> files.read(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        assertEquals(bad, e.file());
        assertThrows(ImageReadException.class, () -> files.read(dir.resolve("missing.png")));
    }
}
