package org.cxrtriage.imaging;

import org.cxrtriage.dicom.LookupTable;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.WindowPreset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which windows a frame offers: the file's own (Window Center/Width, then VOI LUT Sequence), then standard ones.
 * The default is the first file window, else the first VOI LUT, else the auto window (1st–99th percentile).
 */
public final class WindowPresets {

    /** Identity on 0..255 under the LINEAR formula: ((x - 127.5) / 255 + 0.5) * 255 = x. */
    public static final VoiLutStage.Window COLOUR_IDENTITY =
            new VoiLutStage.Window(128, 256, VoiFunction.LINEAR, "Original colours");

    private WindowPresets() {
    }

    public static VoiLutStage defaultVoi(PreparedFrame frame) {
        if (!frame.isGrey()) {
            return COLOUR_IDENTITY;
        }
        PixelDescription d = frame.description();
        if (!d.windows().isEmpty()) {
            return fileWindow(d, d.windows().get(0));
        }
        if (!d.voiLuts().isEmpty()) {
            return new VoiLutStage.Table(d.voiLuts().get(0));
        }
        return auto(frame);
    }

    /** The window that maps the 1st percentile to black and the 99th to white (before presentation). */
    public static VoiLutStage.Window auto(PreparedFrame frame) {
        FrameStatistics s = frame.statistics();
        return span(frame, s.p01(), s.p99(), "Auto 1–99 %");
    }

    /** File presets first, then the standard ones for the modality; number keys 1..9 pick from this list. */
    public static List<NamedPreset> presets(PreparedFrame frame, String modality) {
        List<NamedPreset> presets = new ArrayList<>();
        if (!frame.isGrey()) {
            presets.add(new NamedPreset(COLOUR_IDENTITY.explanation(), COLOUR_IDENTITY));
            return presets;
        }
        PixelDescription d = frame.description();
        for (int i = 0; i < d.windows().size(); i++) {
            WindowPreset w = d.windows().get(i);
            presets.add(new NamedPreset(w.explanation().isBlank() ? "File window " + (i + 1) : w.explanation(),
                    fileWindow(d, w)));
        }
        for (LookupTable lut : d.voiLuts()) {
            VoiLutStage.Table table = new VoiLutStage.Table(lut);
            presets.add(new NamedPreset(table.describe(), table));
        }
        presets.addAll(standard(frame, modality));
        return presets;
    }

    /**
     * CT carries Hounsfield units, so the usual chest CT windows apply. Projection radiographs (CR/DX) have no
     * calibrated units, so their "standard" windows are percentiles of the image itself.
     */
    static List<NamedPreset> standard(PreparedFrame frame, String modality) {
        FrameStatistics s = frame.statistics();
        if ("CT".equals(modality)) {
            return List.of(
                    hu("Lung", -600, 1500), hu("Mediastinum", 50, 350), hu("Bone", 300, 2000),
                    new NamedPreset("Auto 1–99 %", auto(frame)));
        }
        return List.of(
                new NamedPreset("Auto 1–99 %", auto(frame)),
                new NamedPreset("Full range", span(frame, s.min(), s.max(), "Full range")),
                new NamedPreset("High contrast 5–95 %", span(frame, s.p05(), s.p95(), "High contrast 5–95 %")),
                new NamedPreset("Soft 0.1–99.9 %", span(frame, s.p001(), s.p999(), "Soft 0.1–99.9 %")));
    }

    private static NamedPreset hu(String name, double center, double width) {
        String label = String.format(Locale.ROOT, "%s (W %.0f L %.0f)", name, width, center);
        return new NamedPreset(label, new VoiLutStage.Window(center, width, VoiFunction.LINEAR, name));
    }

    private static VoiLutStage.Window fileWindow(PixelDescription d, WindowPreset w) {
        VoiFunction function = VoiFunction.parse(d.voiLutFunction());
        double width = function == VoiFunction.LINEAR ? Math.max(1, w.width()) : w.width();
        return new VoiLutStage.Window(w.center(), width, function, w.explanation());
    }

    /** A LINEAR window whose first output-0 value is the modality value of lo and first 255 is that of hi. */
    private static VoiLutStage.Window span(PreparedFrame frame, int loStored, int hiStored, String name) {
        ModalityLutStage m = frame.modality();
        double a = m.apply(loStored);
        double b = m.apply(hiStored);
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        // LINEAR: x <= c - 0.5 - (w-1)/2 is black and x > c - 0.5 + (w-1)/2 is white
        double width = Math.max(1, hi - lo);
        double center = lo + 0.5 + (width - 1) / 2;
        return new VoiLutStage.Window(center, width, VoiFunction.LINEAR, name);
    }
}
