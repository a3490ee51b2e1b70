package org.cxrtriage.imaging;

import org.cxrtriage.dicom.ModalityLut;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.PixelRaster;
import org.cxrtriage.dicom.WindowPreset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowPresetsTest {

    @Test
    void statisticsUseNearestRankPercentiles() {
        FrameStatistics s = FrameStatistics.of(IntStream.rangeClosed(1, 100).toArray());
        assertEquals(1, s.min());
        assertEquals(100, s.max());
        assertEquals(1, s.p001());
        assertEquals(1, s.p01());
        assertEquals(5, s.p05());
        assertEquals(95, s.p95());
        assertEquals(99, s.p99());
        assertEquals(100, s.p999());
    }

    @Test
    void filePresetsComeFirstThenStandardOnes() {
        PixelRaster raster = new PixelRaster(100, 1, 1, IntStream.range(0, 100).toArray());
        PixelDescription d = new PixelDescription("MONOCHROME2", 1, 100, 1, 16, 12, false, 1, ModalityLut.IDENTITY,
                List.of(new WindowPreset(40, 80, "SOFT"), new WindowPreset(60, 20, "")), List.of(), null);
        List<NamedPreset> presets = WindowPresets.presets(PreparedFrame.of(raster, d), "CR");
        assertEquals(List.of("SOFT", "File window 2", "Auto 1–99 %", "Full range", "High contrast 5–95 %",
                "Soft 0.1–99.9 %"), presets.stream().map(NamedPreset::name).toList());
        assertEquals(new VoiLutStage.Window(40, 80, VoiFunction.LINEAR, "SOFT"), presets.get(0).voi());
        VoiLutStage.Window full = (VoiLutStage.Window) presets.get(3).voi();
        assertEquals(0, full.apply(0));
        assertEquals(255, full.apply(99));
    }

    @Test
    void ctGetsHounsfieldChestWindows() {
        PixelRaster raster = new PixelRaster(2, 1, 1, new int[]{0, 4095});
        PixelDescription d = new PixelDescription("MONOCHROME2", 1, 2, 1, 16, 12, false, 1,
                new ModalityLut.Rescale(1, -1024, "HU"), List.of(), List.of(), null);
        List<NamedPreset> presets = WindowPresets.presets(PreparedFrame.of(raster, d), "CT");
        assertEquals("Lung (W 1500 L -600)", presets.get(0).name());
        assertEquals(new VoiLutStage.Window(-600, 1500, VoiFunction.LINEAR, "Lung"), presets.get(0).voi());
    }
}
