package org.cxrtriage.imaging;

/**
 * What the renderer produces: 8-bit grey for grey frames (the cheapest to draw), packed ARGB for colour frames.
 */
public sealed interface DisplayImage {
    int width();

    int height();

    /** A grey frame after modality, VOI and presentation LUTs. */
    record Grey(GreyImage image) implements DisplayImage {
        @Override
        public int width() {
            return image.width();
        }

        @Override
        public int height() {
            return image.height();
        }
    }

    /** A colour frame, opaque ARGB, row-major. */
    record Colour(int width, int height, int[] argb) implements DisplayImage {
        public Colour {
            if (argb.length != width * height) {
                throw new IllegalArgumentException("ARGB buffer " + argb.length + " for " + width + "x" + height);
            }
        }
    }
}
