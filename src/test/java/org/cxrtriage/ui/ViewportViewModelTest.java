package org.cxrtriage.ui;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.DisplayImage;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.VoiLutStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewport's logic on a real chest CR, run synchronously (no stage needed). */
class ViewportViewModelTest {
    @TempDir
    Path temp;
    private ViewportViewModel vm;
    private final List<String> failures = new ArrayList<>();
    private Instance chest;

    @BeforeEach
    void open() throws Exception {
        RealDicom dicom = new RealDicom(temp);
        chest = dicom.first(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        vm = new ViewportViewModel(dicom.decoder, new DisplayPipeline(), new DirectTaskExecutor(),
                (instance, reason) -> failures.add(reason), Messages.english());
        vm.setViewportSize(800, 600);
        vm.open(chest, "Series 1");
    }

    @Test
    void opensFittedWithTheFileWindow() {
        assertTrue(failures.isEmpty(), failures.toString());
        DisplayImage image = vm.imageProperty().get();
        assertNotNull(image);
        assertEquals(440, image.width());
        // 440x440 into 800x600: scale 600/440, centred horizontally
        ViewTransform t = vm.transformProperty().get();
        assertEquals(600.0 / 440, t.scale(), 1e-9);
        assertEquals((800 - 600) / 2.0, t.offsetX(), 1e-9);
        assertEquals(0, t.offsetY(), 1e-9);
        assertEquals("Default", vm.voiNameProperty().get());
    }

    @Test
    void windowDragChangesWidthAndLevelAndResetRestores() {
        VoiLutStage.Window before = (VoiLutStage.Window) vm.voiProperty().get();
        byte[] pixelsBefore = grey();
        vm.windowBy(50, -20);
        VoiLutStage.Window after = (VoiLutStage.Window) vm.voiProperty().get();
        assertTrue(after.width() > before.width(), "dragging right widens");
        assertTrue(after.center() < before.center(), "dragging up lowers the level");
        assertNotEquals(java.util.Arrays.hashCode(pixelsBefore), java.util.Arrays.hashCode(grey()));
        vm.zoomAt(2, 100, 100);
        vm.toggleInvert();
        vm.reset();
        assertEquals(before, vm.voiProperty().get());
        assertEquals(false, vm.invertProperty().get());
        assertEquals(600.0 / 440, vm.transformProperty().get().scale(), 1e-9);
        assertTrue(java.util.Arrays.equals(pixelsBefore, grey()), "reset renders the original pixels");
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        ViewTransform t = vm.transformProperty().get();
        double imageX = (300 - t.offsetX()) / t.scale();
        vm.zoomAt(1.5, 300, 200);
        ViewTransform z = vm.transformProperty().get();
        assertEquals(t.scale() * 1.5, z.scale(), 1e-9);
        assertEquals(300, z.offsetX() + imageX * z.scale(), 1e-9);
        vm.panBy(10, -5);
        assertEquals(z.offsetX() + 10, vm.transformProperty().get().offsetX(), 1e-9);
        assertEquals(z.offsetY() - 5, vm.transformProperty().get().offsetY(), 1e-9);
    }

    @Test
    void invertFlipsEveryPixel() {
        byte[] normal = grey();
        vm.toggleInvert();
        byte[] inverted = grey();
        for (int i = 0; i < normal.length; i += 97) {
            assertEquals(255, (normal[i] & 0xFF) + (inverted[i] & 0xFF), "pixel " + i);
        }
    }

    @Test
    void presetKeysSelectFromFileThenStandardPresets() {
        assertTrue(vm.presets().size() >= 4, "file window(s) plus the standard ones: " + vm.presets());
        assertTrue(vm.applyPreset(vm.presets().size() - 1));
        assertTrue(vm.voiNameProperty().get().startsWith(vm.presets().size() + " "));
        assertEquals(false, vm.applyPreset(vm.presets().size()), "no preset behind that key");
    }

    @Test
    void anInstanceWithoutPixelsIsReportedNotShown() throws Exception {
        Instance sr = new RealDicom(temp).first(TestData.dicom("sr/reportsi.dcm"));
        vm.open(sr, "Series 9");
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("no image") || failures.get(0).contains("no pixel"), failures.get(0));
    }

    @Test
    void framesOfAMultiFrameImageStepWithTheWindowKept() throws Exception {
        Instance mr = new RealDicom(temp).first(TestData.dicom("multiframe/emri_small.dcm"));
        vm.open(mr, "Series 1");
        assertEquals(10, mr.frameCount());
        byte[] first = grey();
        vm.windowBy(30, 10);
        VoiLutStage manual = vm.voiProperty().get();
        vm.stepFrame(1);
        assertEquals(1, vm.frameIndexProperty().get());
        assertEquals(manual, vm.voiProperty().get(), "window kept across frames");
        vm.stepFrame(-5);
        assertEquals(0, vm.frameIndexProperty().get(), "clamped at the first frame");
        vm.stepFrame(20);
        assertEquals(9, vm.frameIndexProperty().get(), "clamped at the last frame");
        vm.reset();
        assertFalse(java.util.Arrays.equals(first, grey()), "frame 10 differs from frame 1");
        assertTrue(vm.overlay().topRight().get().contains("Frame 10 / 10"), vm.overlay().topRight().get());
    }

    private byte[] grey() {
        return ((DisplayImage.Grey) vm.imageProperty().get()).image().pixels().clone();
    }

    @Test
    void aHighDpiScreenGetsTwiceTheTexelsAtTheSameZoom() {
        vm.zoomAt(0.2 / vm.transformProperty().get().scale(), 0, 0); // scale 0.2: a 440-pixel film in 88 px
        assertEquals(5, vm.renderFactor());
        assertEquals(88, vm.screenProperty().get().width());
        vm.setOutputScale(2); // 200 %: 176 device pixels, so the texture is reduced by 2, not 5
        assertEquals(2, vm.renderFactor());
        assertEquals(220, vm.screenProperty().get().width());
        assertEquals(440, vm.screenProperty().get().sourceWidth(), "the transform stays in image pixels");
    }

    @Test
    void teachingKeepsThePlainFilmBesideTheOverlay() {
        org.cxrtriage.imaging.SaliencyMap map = new org.cxrtriage.imaging.SaliencyMap(2, 2,
                new float[] {1, 0, 0, 1}, 1.0);
        vm.panes().enabledProperty().set(true);
        ScreenPixels plainBefore = vm.screenProperty().get();
        vm.setSaliency(chest, new org.cxrtriage.imaging.SaliencyLayer(map,
                org.cxrtriage.imaging.SaliencyStyle.DEFAULT));
        assertFalse(java.util.Arrays.equals(plainBefore.argb(), vm.screenProperty().get().argb()),
                "the overlay is painted");
        assertArrayEquals(plainBefore.argb(), vm.panes().plainScreenProperty().get().argb(), "the plain film is kept");
        // a companion layer (another map) paints the second pane in the same render; the plain film stays plain
        org.cxrtriage.imaging.SaliencyMap other = new org.cxrtriage.imaging.SaliencyMap(2, 2,
                new float[] {0, 1, 1, 0}, 1.0);
        vm.panes().setCompanion(chest, new org.cxrtriage.imaging.SaliencyLayer(other,
                org.cxrtriage.imaging.SaliencyStyle.DEFAULT));
        int[] companion = vm.panes().companionScreenProperty().get().argb();
        assertFalse(java.util.Arrays.equals(plainBefore.argb(), companion));
        assertFalse(java.util.Arrays.equals(vm.screenProperty().get().argb(), companion), "not the main map");
        assertArrayEquals(plainBefore.argb(), vm.panes().plainScreenProperty().get().argb());
        vm.panes().setCompanion(null, null);
        assertArrayEquals(plainBefore.argb(), vm.panes().companionScreenProperty().get().argb());
        vm.panes().enabledProperty().set(false);
        vm.setSaliency(chest, null);
        assertArrayEquals(plainBefore.argb(), vm.screenProperty().get().argb());
    }
}
