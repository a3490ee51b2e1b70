package org.cxrtriage.imaging;

/**
 * How a saliency map is painted: one object drives both the blending over the image and the colour-bar legend,
 * so the legend always shows exactly the mapping on screen.
 *
 * @param colormap value to colour
 * @param opacity  0 (image unchanged) .. 1 (colour replaces the grey where painted)
 * @param cutOff   values below it are not painted at all, so weak attention does not tint the whole film
 * @param contours paint iso-lines at {@link #CONTOUR_LEVELS} levels instead of filled colour, so the anatomy
 *                 under strong attention stays visible
 */
public record SaliencyStyle(Colormap colormap, double opacity, double cutOff, boolean contours) {
    /** Number of iso-lines between the cut-off and 1 in contour mode. */
    public static final int CONTOUR_LEVELS = 4;
    public static final SaliencyStyle DEFAULT = new SaliencyStyle(Colormap.VIRIDIS, 0.5, 0.2, false);

    public SaliencyStyle {
        if (colormap == null || !(opacity >= 0 && opacity <= 1) || !(cutOff >= 0 && cutOff <= 1)) {
            throw new IllegalArgumentException("bad saliency style " + colormap + " " + opacity + " " + cutOff);
        }
    }

    /** Whether a value is painted at all (filled mode). */
    public boolean paints(double value) {
        return value >= cutOff && value > 0;
    }

    /** The colour a painted value gets, opaque RGB. */
    public int colour(double value) {
        return colormap.rgb(value);
    }

    /** Contour band of a value: 0 below the cut-off, then 1..{@link #CONTOUR_LEVELS}. */
    int band(double value) {
        if (!paints(value)) {
            return 0;
        }
        double span = Math.max(1e-9, 1 - cutOff);
        return 1 + Math.min(CONTOUR_LEVELS - 1, (int) ((value - cutOff) / span * CONTOUR_LEVELS));
    }

    /** The value an iso-line of band {@code band} sits at (used for its colour). */
    double bandLevel(int band) {
        return cutOff + (1 - cutOff) * (band - 1) / CONTOUR_LEVELS;
    }

    /** Legend colour of values the style leaves unpainted (below the cut-off): the dark reading-room grey. */
    public static final int UNPAINTED = 0x303030;

    /** The colour bar's pixel for a value: its colour where painted, {@link #UNPAINTED} where not. */
    public int legendRgb(double value) {
        return paints(value) ? colour(value) : UNPAINTED;
    }

    /** Legend/blend colour with opacity applied over a grey level: exactly what a painted pixel becomes. */
    public int blendOver(int baseRgb, double value) {
        return mix(baseRgb, colour(value), opacity);
    }

    static int mix(int base, int colour, double alpha) {
        int r = (int) Math.round(((base >> 16) & 0xFF) * (1 - alpha) + ((colour >> 16) & 0xFF) * alpha);
        int g = (int) Math.round(((base >> 8) & 0xFF) * (1 - alpha) + ((colour >> 8) & 0xFF) * alpha);
        int b = (int) Math.round((base & 0xFF) * (1 - alpha) + (colour & 0xFF) * alpha);
        return r << 16 | g << 8 | b;
    }

    public SaliencyStyle withColormap(Colormap c) {
        return new SaliencyStyle(c, opacity, cutOff, contours);
    }

    public SaliencyStyle withOpacity(double o) {
        return new SaliencyStyle(colormap, o, cutOff, contours);
    }

    public SaliencyStyle withCutOff(double c) {
        return new SaliencyStyle(colormap, opacity, c, contours);
    }

    public SaliencyStyle withContours(boolean on) {
        return new SaliencyStyle(colormap, opacity, cutOff, on);
    }
}
