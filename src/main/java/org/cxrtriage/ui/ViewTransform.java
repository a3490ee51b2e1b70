package org.cxrtriage.ui;

/**
 * Where the image sits in the viewport: screen = offset + image * scale. A value, so a reset can be compared
 * with the state before.
 */
public record ViewTransform(double scale, double offsetX, double offsetY) {
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 32;

    /** The scale and centring that fit the whole image into the viewport. */
    public static ViewTransform fit(int imageWidth, int imageHeight, double viewWidth, double viewHeight) {
        if (viewWidth <= 0 || viewHeight <= 0) {
            return new ViewTransform(1, 0, 0);
        }
        double scale = Math.min(viewWidth / imageWidth, viewHeight / imageHeight);
        return centred(scale, imageWidth, imageHeight, viewWidth, viewHeight);
    }

    public static ViewTransform centred(double scale, int imageWidth, int imageHeight, double viewWidth,
                                        double viewHeight) {
        return new ViewTransform(scale, (viewWidth - imageWidth * scale) / 2, (viewHeight - imageHeight * scale) / 2);
    }

    /** Zoom by factor keeping the image point under (x, y) where it is. */
    public ViewTransform zoomAt(double factor, double x, double y) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double ratio = next / scale;
        return new ViewTransform(next, x - (x - offsetX) * ratio, y - (y - offsetY) * ratio);
    }

    public ViewTransform pannedBy(double dx, double dy) {
        return new ViewTransform(scale, offsetX + dx, offsetY + dy);
    }
}
