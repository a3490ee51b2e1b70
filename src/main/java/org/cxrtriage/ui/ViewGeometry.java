package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cxrtriage.imaging.PreparedFrame;

import java.util.function.Supplier;

/**
 * Where the image sits in the viewport: the view transform, whether it follows the viewport's size (fit) or the
 * reader's zoom and pan, and how far a render may be reduced for the screen (device pixels, so high-DPI stays
 * sharp). Kept apart from the image state of {@link ViewportViewModel}; the image size comes from its frame.
 */
final class ViewGeometry {
    private final ReadOnlyObjectWrapper<ViewTransform> transform = new ReadOnlyObjectWrapper<>(new ViewTransform(1, 0, 0));
    private final Supplier<PreparedFrame> frame;
    private double viewWidth;
    private double viewHeight;
    private boolean fitMode = true;
    /** Device pixels per layout pixel of the window (2 on a high-DPI screen at 200 %). */
    private double outputScale = 1;

    ViewGeometry(Supplier<PreparedFrame> frame) {
        this.frame = frame;
    }

    void setViewportSize(double width, double height) {
        viewWidth = width;
        viewHeight = height;
        if (fitMode) {
            applyFit();
        }
    }

    void fit() {
        fitMode = true;
        applyFit();
    }

    /** One image pixel per screen pixel, centred. */
    void actualSize() {
        PreparedFrame f = frame.get();
        if (f != null) {
            fitMode = false;
            transform.set(ViewTransform.centred(1, f.raster().width(), f.raster().height(), viewWidth, viewHeight));
        }
    }

    void zoomAt(double factor, double x, double y) {
        if (frame.get() != null) {
            fitMode = false;
            transform.set(transform.get().zoomAt(factor, x, y));
        }
    }

    /** Keyboard zoom: around the centre of the viewport. */
    void zoomCentre(double factor) {
        zoomAt(factor, viewWidth / 2, viewHeight / 2);
    }

    void panBy(double dx, double dy) {
        if (frame.get() != null) {
            fitMode = false;
            transform.set(transform.get().pannedBy(dx, dy));
        }
    }

    /** @return true when the scale changed (then the render factor may have too) */
    boolean setOutputScale(double scale) {
        double s = Double.isFinite(scale) && scale > 0 ? scale : 1;
        if (s == outputScale) {
            return false;
        }
        outputScale = s;
        return true;
    }

    /** The reduction the screen needs now: at least one texel per device pixel. */
    int renderFactor() {
        return ScreenPixels.factorFor(transform.get().scale() * outputScale);
    }

    private void applyFit() {
        PreparedFrame f = frame.get();
        if (f != null) {
            transform.set(ViewTransform.fit(f.raster().width(), f.raster().height(), viewWidth, viewHeight));
        }
    }

    ReadOnlyObjectProperty<ViewTransform> transformProperty() {
        return transform.getReadOnlyProperty();
    }
}
