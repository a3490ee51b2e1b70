package org.cxrtriage.imaging;

import org.cxrtriage.dicom.LookupTable;
import org.cxrtriage.dicom.ModalityLut;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.PixelRaster;
import org.cxrtriage.dicom.WindowPreset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole pipeline on small synthetic rasters whose display values are computed by hand. */
class DisplayPipelineTest {
    private final DisplayPipeline pipeline = new DisplayPipeline();

    private static PixelDescription describe(String photometric, int rows, int cols, int spp, boolean signed,
                                             ModalityLut modality, List<WindowPreset> windows,
                                             List<LookupTable> voiLuts, String function) {
        return new PixelDescription(photometric, rows, cols, spp, 16, 16, signed, 1, modality, windows, voiLuts,
                function);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void signedColumnOfWidthOneUsesTheFileWindow() {
        PixelRaster raster = new PixelRaster(1, 3, 1, new int[]{-1000, 0, 1000});
        PixelDescription d = describe("MONOCHROME2", 3, 1, 1, true, ModalityLut.IDENTITY,
                List.of(new WindowPreset(0, 2001, "")), List.of(), null);
        GreyImage image = pipeline.renderDefault(raster, d);
        // -1000: ((-999.5/2000)+0.5)*255 = 0.06; 0: (0.5/2000+0.5)*255 = 127.56; 1000 > 999.5 -> white
        assertArrayEquals(bytes(0, 128, 255), image.pixels());
        assertEquals(1, image.width());
    }

    @Test
    void monochromeOneIsShownInvertedAndInvertFlipsItBack() {
        PixelRaster raster = new PixelRaster(3, 1, 1, new int[]{-1000, 0, 1000});
        PixelDescription d = describe("MONOCHROME1", 1, 3, 1, true, ModalityLut.IDENTITY,
                List.of(new WindowPreset(0, 2001, "")), List.of(), null);
        assertArrayEquals(bytes(255, 127, 0), pipeline.renderDefault(raster, d).pixels());
        PreparedFrame frame = pipeline.prepare(raster, d);
        DisplayImage inverted = pipeline.render(frame, WindowPresets.defaultVoi(frame), true);
        assertArrayEquals(bytes(0, 128, 255), ((DisplayImage.Grey) inverted).image().pixels());
    }

    @Test
    void rescaleRunsBeforeTheWindow() {
        // stored 0..2 with slope 1000, intercept -1000 -> -1000, 0, 1000: same output as the signed case
        PixelRaster raster = new PixelRaster(3, 1, 1, new int[]{0, 1, 2});
        PixelDescription d = describe("MONOCHROME2", 1, 3, 1, false, new ModalityLut.Rescale(1000, -1000, ""),
                List.of(new WindowPreset(0, 2001, "")), List.of(), null);
        assertArrayEquals(bytes(0, 128, 255), pipeline.renderDefault(raster, d).pixels());
    }

    @Test
    void defaultFallsBackToTheVoiLutThenToTheAutoWindow() {
        PixelRaster raster = new PixelRaster(100, 1, 1, IntStream.range(0, 100).toArray());
        LookupTable voi = new LookupTable(0, 8, IntStream.range(0, 100).map(i -> 255 - i).toArray(), "rev");
        PixelDescription withLut = describe("MONOCHROME2", 1, 100, 1, false, ModalityLut.IDENTITY, List.of(),
                List.of(voi), null);
        GreyImage byLut = pipeline.renderDefault(raster, withLut);
        assertEquals(255, byLut.get(0, 0));
        assertEquals(156, byLut.get(99, 0));

        PixelDescription bare = describe("MONOCHROME2", 1, 100, 1, false, ModalityLut.IDENTITY, List.of(),
                List.of(), null);
        GreyImage auto = pipeline.renderDefault(raster, bare);
        // 1st percentile = 0, 99th = 98 -> width 98, centre 49: 0 black, 98 and 99 white
        assertEquals(0, auto.get(0, 0));
        assertEquals(129, auto.get(49, 0)); // ((49 - 48.5) / 97 + 0.5) * 255 = 128.8
        assertEquals(255, auto.get(98, 0));
        assertEquals(255, auto.get(99, 0));
    }

    @Test
    void fileVoiFunctionIsHonoured() {
        PixelRaster raster = new PixelRaster(1, 1, 1, new int[]{100});
        PixelDescription d = describe("MONOCHROME2", 1, 1, 1, false, ModalityLut.IDENTITY,
                List.of(new WindowPreset(100, 50, "")), List.of(), "SIGMOID");
        int mid = pipeline.renderDefault(raster, d).get(0, 0);
        assertTrue(mid == 127 || mid == 128, "sigmoid midpoint " + mid);
    }

    @Test
    void modalityTableOutsideItsRangeClampsBeforeTheWindow() {
        LookupTable table = new LookupTable(10, 8, new int[]{0, 100, 200}, "");
        PixelRaster raster = new PixelRaster(4, 1, 1, new int[]{0, 11, 12, 900});
        PixelDescription d = describe("MONOCHROME2", 1, 4, 1, false, new ModalityLut.Table(table, ""),
                List.of(new WindowPreset(100.5, 201, "")), List.of(), null);
        // modality values 0, 100, 200, 200; window 0..200 linear: 0 -> 0, 100 -> 127.5 -> 128, 200 -> 255
        assertArrayEquals(bytes(0, 128, 255, 255), pipeline.renderDefault(raster, d).pixels());
    }

    @Test
    void colourPassesThroughAndWindowAndInvertApplyPerChannel() {
        PixelRaster raster = new PixelRaster(2, 1, 3, new int[]{10, 20, 30, 200, 100, 0});
        PixelDescription d = describe("RGB", 1, 2, 3, false, ModalityLut.IDENTITY, List.of(), List.of(), null);
        PreparedFrame frame = pipeline.prepare(raster, d);
        DisplayImage.Colour plain = (DisplayImage.Colour) pipeline.render(frame, WindowPresets.defaultVoi(frame), false);
        assertArrayEquals(new int[]{0xFF0A141E, 0xFFC86400}, plain.argb());
        DisplayImage.Colour inverted = (DisplayImage.Colour) pipeline.render(frame, WindowPresets.defaultVoi(frame), true);
        assertArrayEquals(new int[]{0xFFF5EBE1, 0xFF379BFF}, inverted.argb());
        // a threshold window at 50 applied to each channel
        DisplayImage.Colour threshold = (DisplayImage.Colour) pipeline.render(frame,
                new VoiLutStage.Window(50, 1, VoiFunction.LINEAR), false);
        assertArrayEquals(new int[]{0xFF000000, 0xFFFFFF00}, threshold.argb());
        // renderDefault gives luma: 0.299*10+0.587*20+0.114*30 = 18.2; 0.299*200+0.587*100 = 118.5
        assertArrayEquals(bytes(18, 119), pipeline.renderDefault(raster, d).pixels());
    }

    @Test
    void largeRasterRendersTheSameInParallelChunksAsOnePixelAtATime() {
        int w = 300;
        int h = 700;  // several 256-row chunks
        int[] samples = IntStream.range(0, w * h).map(i -> (i * 7919) % 4096 - 2048).toArray();
        PixelRaster raster = new PixelRaster(w, h, 1, samples);
        PixelDescription d = describe("MONOCHROME1", h, w, 1, true, new ModalityLut.Rescale(0.5, 10, ""),
                List.of(), List.of(), null);
        PreparedFrame frame = pipeline.prepare(raster, d);
        VoiLutStage voi = new VoiLutStage.Window(0, 700, VoiFunction.LINEAR);
        byte[] out = ((DisplayImage.Grey) pipeline.render(frame, voi, false)).image().pixels();
        for (int i = 0; i < samples.length; i++) {
            int expected = 255 - voi.apply(samples[i] * 0.5 + 10);
            assertEquals(expected, out[i] & 0xFF, "pixel " + i);
        }
    }
}
