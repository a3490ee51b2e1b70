package org.cxrtriage.imaging;

import org.cxrtriage.dicom.LookupTable;

/**
 * VOI LUT module (PS3.3 C.11.2): modality values to display values 0..255, either a window (centre/width with its
 * VOI LUT Function) or a VOI LUT Sequence table. A value type: the viewer's current window is one of these.
 */
public sealed interface VoiLutStage {

    int OUTPUT_MAX = 255;

    /** Display value 0..255 for a modality value. */
    int apply(double value);

    /** Short text for overlays and the status bar. */
    String describe();

    /** A window. Width must be at least 1 for LINEAR (the standard's constraint), positive otherwise. */
    record Window(double center, double width, VoiFunction function, String explanation) implements VoiLutStage {
        public Window {
            function = function == null ? VoiFunction.LINEAR : function;
            explanation = explanation == null ? "" : explanation;
            if (function == VoiFunction.LINEAR ? !(width >= 1) : !(width > 0)) {
                throw new IllegalArgumentException("window width " + width + " is too small for " + function);
            }
        }

        public Window(double center, double width, VoiFunction function) {
            this(center, width, function, "");
        }

        @Override
        public int apply(double x) {
            double y = switch (function) {
                case LINEAR -> linear(x);
                case LINEAR_EXACT -> linearExact(x);
                case SIGMOID -> OUTPUT_MAX / (1 + Math.exp(-4 * (x - center) / width));
            };
            return clamp((int) Math.round(y));
        }

        private double linear(double x) {
            double c = center - 0.5;
            double halfSpan = (width - 1) / 2;
            if (x <= c - halfSpan) {
                return 0;
            }
            if (x > c + halfSpan) {
                return OUTPUT_MAX;
            }
            // width 1 leaves no ramp: the two tests above already decided every x
            return ((x - c) / (width - 1) + 0.5) * OUTPUT_MAX;
        }

        private double linearExact(double x) {
            if (x <= center - width / 2) {
                return 0;
            }
            if (x > center + width / 2) {
                return OUTPUT_MAX;
            }
            return ((x - center) / width + 0.5) * OUTPUT_MAX;
        }

        /** The same window moved by the given amounts; width never drops below 1. */
        public Window adjusted(double deltaCenter, double deltaWidth) {
            return new Window(center + deltaCenter, Math.max(1, width + deltaWidth), function, "");
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "W %.0f L %.0f%s", width, center,
                    function == VoiFunction.LINEAR ? "" : " " + function);
        }
    }

    /**
     * A VOI LUT Sequence item. Its output range is 0..2^bitsPerEntry-1 (LUT Descriptor), scaled here to 0..255;
     * input is the modality value rounded to the nearest integer, below/above the table clamps to its ends.
     */
    record Table(LookupTable lut) implements VoiLutStage {
        @Override
        public int apply(double value) {
            int bits = Math.max(1, Math.min(lut.bitsPerEntry(), 31));
            double outMax = (1L << bits) - 1;
            int entry = lut.lookup((int) Math.round(value));
            return clamp((int) Math.round(entry * OUTPUT_MAX / outMax));
        }

        @Override
        public String describe() {
            return lut.explanation().isBlank() ? "VOI LUT" : "VOI LUT " + lut.explanation();
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, OUTPUT_MAX);
    }
}
