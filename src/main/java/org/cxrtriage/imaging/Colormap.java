package org.cxrtriage.imaging;

/**
 * Value (0..1) to opaque RGB for saliency maps. VIRIDIS is perceptually uniform (equal steps in value look like
 * equal steps in colour, and it stays readable in grey and for colour-blind readers); JET is the classic rainbow
 * many readers know from other products, kept for comparison although its bright cyan/yellow bands suggest edges
 * that are not in the data. Each map is a 256-entry table, so painting and the legend use identical colours.
 */
public enum Colormap {
    /** matplotlib's viridis, through its published colour stops at every eighth of the range. */
    VIRIDIS("Viridis (perceptually uniform)", new int[]{
            0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xFDE725}),
    /** Classic jet: blue, cyan, yellow, red as piecewise-linear ramps. */
    JET("Jet (classic)", null);

    private static final int ENTRIES = 256;

    private final String label;
    private final int[] table = new int[ENTRIES];

    Colormap(String label, int[] stops) {
        this.label = label;
        for (int i = 0; i < ENTRIES; i++) {
            double t = i / (double) (ENTRIES - 1);
            table[i] = stops == null ? jet(t) : interpolate(stops, t);
        }
    }

    public String label() {
        return label;
    }

    /** Opaque RGB (0xRRGGBB) for a value in 0..1 (clamped), from the 256-entry table. */
    public int rgb(double value) {
        double v = Math.max(0, Math.min(1, value));
        return table[(int) Math.round(v * (ENTRIES - 1))];
    }

    private static int interpolate(int[] stops, double t) {
        double pos = t * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) pos);
        double f = pos - i;
        int a = stops[i];
        int b = stops[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return r << 16 | g << 8 | bl;
    }

    private static int jet(double t) {
        int r = channel(1.5 - Math.abs(4 * t - 3));
        int g = channel(1.5 - Math.abs(4 * t - 2));
        int b = channel(1.5 - Math.abs(4 * t - 1));
        return r << 16 | g << 8 | b;
    }

    private static int channel(double v) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, v)));
    }

    @Override
    public String toString() {
        return label;
    }
}
