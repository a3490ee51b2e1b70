package org.cxrtriage.imaging;

import org.cxrtriage.dicom.LookupTable;
import org.cxrtriage.dicom.ModalityLut;
import org.cxrtriage.dicom.PixelDescription;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each stage on hand-computed values from the PS3.3 formulas. */
class LutStagesTest {

    @Test
    void rescaleAppliesSlopeAndIntercept() {
        ModalityLutStage stage = ModalityLutStage.of(new ModalityLut.Rescale(2, -1024, "HU"));
        assertEquals(976, stage.apply(1000));
        assertEquals(-1024 - 2000, stage.apply(-1000), "signed stored values");
        assertTrue(ModalityLutStage.of(null).isIdentity());
    }

    @Test
    void modalityTableClampsBelowAndAboveItsRange() {
        LookupTable lut = new LookupTable(10, 16, new int[]{100, 200, 300}, "");
        ModalityLutStage stage = ModalityLutStage.of(new ModalityLut.Table(lut, "OD"));
        assertEquals(100, stage.apply(5), "below first mapped -> first entry");
        assertEquals(100, stage.apply(10));
        assertEquals(200, stage.apply(11));
        assertEquals(300, stage.apply(12));
        assertEquals(300, stage.apply(5000), "above last mapped -> last entry");
    }

    @Test
    void linearWindowFollowsTheStandardFormula() {
        VoiLutStage.Window w = new VoiLutStage.Window(50, 11, VoiFunction.LINEAR);
        // black up to c - 0.5 - (w-1)/2 = 44.5, white above c - 0.5 + (w-1)/2 = 54.5
        assertEquals(0, w.apply(44));
        assertEquals(0, w.apply(44.5));
        assertEquals(13, w.apply(45));   // ((45-49.5)/10 + 0.5) * 255 = 12.75
        assertEquals(140, w.apply(50));  // 0.55 * 255 = 140.25
        assertEquals(242, w.apply(54));  // 0.95 * 255 = 242.25
        assertEquals(255, w.apply(54.6));
        assertEquals(255, w.apply(1e9));
        assertEquals(0, w.apply(-1e9));
    }

    @Test
    void linearWindowOfWidthOneIsAThreshold() {
        VoiLutStage.Window w = new VoiLutStage.Window(10, 1, VoiFunction.LINEAR);
        assertEquals(0, w.apply(9));
        assertEquals(0, w.apply(9.5));
        assertEquals(255, w.apply(10));
        assertThrows(IllegalArgumentException.class, () -> new VoiLutStage.Window(10, 0.5, VoiFunction.LINEAR));
    }

    @Test
    void linearExactHasNoHalfUnitOffset() {
        VoiLutStage.Window w = new VoiLutStage.Window(0, 10, VoiFunction.LINEAR_EXACT);
        assertEquals(0, w.apply(-5));
        assertEquals(128, w.apply(0));     // 127.5 rounds half up
        assertEquals(191, w.apply(2.5));   // 0.75 * 255 = 191.25
        assertEquals(255, w.apply(5));
        assertEquals(255, w.apply(6));
    }

    @Test
    void sigmoidIsCentredOnTheWindowCentre() {
        VoiLutStage.Window w = new VoiLutStage.Window(100, 50, VoiFunction.SIGMOID);
        int mid = w.apply(100);
        assertTrue(mid == 127 || mid == 128, "midpoint " + mid);
        assertEquals(225, w.apply(125));   // 255 / (1 + e^-2) = 224.7
        assertEquals(30, w.apply(75));     // 255 / (1 + e^2) = 30.3
        assertEquals(0, w.apply(-1e6));
        assertEquals(255, w.apply(1e6));
    }

    @Test
    void voiTableScalesItsOutputBitsToEightAndClampsInput() {
        VoiLutStage.Table eight = new VoiLutStage.Table(new LookupTable(0, 8, new int[]{0, 128, 255}, "T"));
        assertEquals(0, eight.apply(-5));
        assertEquals(128, eight.apply(1));
        assertEquals(255, eight.apply(2));
        assertEquals(255, eight.apply(100));
        VoiLutStage.Table twelve = new VoiLutStage.Table(new LookupTable(100, 12, new int[]{0, 2048, 4095}, ""));
        assertEquals(0, twelve.apply(0));
        assertEquals(128, twelve.apply(101));   // 2048 * 255 / 4095 = 127.5
        assertEquals(255, twelve.apply(102.4)); // rounds to 102
    }

    @Test
    void voiFunctionDefaultsToLinear() {
        assertEquals(VoiFunction.LINEAR, VoiFunction.parse(null));
        assertEquals(VoiFunction.LINEAR, VoiFunction.parse("bogus"));
        assertEquals(VoiFunction.SIGMOID, VoiFunction.parse(" sigmoid "));
        assertEquals(VoiFunction.LINEAR_EXACT, VoiFunction.parse("LINEAR_EXACT"));
    }

    @Test
    void presentationInvertsMonochromeOneAndTheUserToggleFlipsIt() {
        assertEquals(10, PresentationLutStage.IDENTITY.apply(10));
        assertEquals(245, PresentationLutStage.INVERSE.apply(10));
        assertEquals(PresentationLutStage.INVERSE, PresentationLutStage.of(grey("MONOCHROME1"), false));
        assertEquals(PresentationLutStage.IDENTITY, PresentationLutStage.of(grey("MONOCHROME1"), true));
        assertEquals(PresentationLutStage.IDENTITY, PresentationLutStage.of(grey("MONOCHROME2"), false));
        assertEquals(PresentationLutStage.INVERSE, PresentationLutStage.of(grey("MONOCHROME2"), true));
    }

    static PixelDescription grey(String photometric) {
        return new PixelDescription(photometric, 1, 1, 1, 16, 12, false, 1, ModalityLut.IDENTITY,
                List.of(), List.of(), null);
    }
}
