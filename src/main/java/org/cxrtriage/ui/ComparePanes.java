package org.cxrtriage.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.DisplayImage;
import org.cxrtriage.imaging.SaliencyLayer;

/**
 * What teaching shows beside the viewport's own picture: the film without the overlay (the left pane, the plain
 * phase of flicker), or with a companion layer (Grad-CAM on the left while the right pane shows occlusion). Painted
 * in the viewport's own render task from the same plain render, so the panes always agree in window, invert and
 * zoom, and a change of opacity paints each pane once.
 */
public final class ComparePanes {
    /** What one render must paint for the panes, read on the FX thread when the render is queued. */
    record Order(boolean enabled, SaliencyLayer companion) {
        /** On the worker: the panes' pixels from the plain render and the main pane's result. */
        Painted paint(DisplayImage plain, boolean mainHasLayer, ScreenPixels mainPixels, int factor) {
            // the plain screen costs a second conversion only when someone shows it and it differs
            ScreenPixels plainPixels = !mainHasLayer ? mainPixels : enabled ? ScreenPixels.of(plain, factor) : null;
            ScreenPixels companionPixels = companion == null ? plainPixels
                    : ScreenPixels.of(companion.paint(plain), factor);
            return new Painted(plain, plainPixels, companionPixels);
        }
    }

    /** A render's pane pixels; a null screen was not asked for and leaves the last one shown. */
    record Painted(DisplayImage plain, ScreenPixels plainScreen, ScreenPixels companionScreen) {
    }

    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<SaliencyLayer> companion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScreenPixels> plainScreen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScreenPixels> companionScreen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DisplayImage> plainImage = new ReadOnlyObjectWrapper<>();
    private Instance companionOwner;

    /**
     * Shows (or with null hides) a layer over {@code owner}'s film in the companion pane; like the main overlay it is
     * painted only once that film's frame is the one rendered.
     */
    public void setCompanion(Instance owner, SaliencyLayer layer) {
        companionOwner = layer == null ? null : owner;
        companion.set(layer);
    }

    Order order(Instance frameOwner) {
        SaliencyLayer layer = enabled.get() && companionOwner != null && companionOwner == frameOwner
                ? companion.get() : null;
        return new Order(enabled.get(), layer);
    }

    void publish(Painted painted) {
        plainImage.set(painted.plain());
        if (painted.plainScreen() != null) {
            plainScreen.set(painted.plainScreen());
        }
        if (painted.companionScreen() != null) {
            companionScreen.set(painted.companionScreen());
        }
    }

    /** When true every render also paints the panes (teaching); other modes pay nothing for them. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyObjectProperty<SaliencyLayer> companionProperty() {
        return companion.getReadOnlyProperty();
    }

    /** The film without the saliency layer, in the same window, invert and zoom. */
    public ReadOnlyObjectProperty<ScreenPixels> plainScreenProperty() {
        return plainScreen.getReadOnlyProperty();
    }

    /** The film with the companion layer, or plain while there is none: teaching's left pane. */
    public ReadOnlyObjectProperty<ScreenPixels> companionScreenProperty() {
        return companionScreen.getReadOnlyProperty();
    }

    /** The last render without the saliency layer (full resolution), for slides. */
    public ReadOnlyObjectProperty<DisplayImage> plainImageProperty() {
        return plainImage.getReadOnlyProperty();
    }
}
