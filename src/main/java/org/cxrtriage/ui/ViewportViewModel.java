package org.cxrtriage.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.DisplayImage;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.NamedPreset;
import org.cxrtriage.imaging.PreparedFrame;
import org.cxrtriage.imaging.SaliencyLayer;
import org.cxrtriage.imaging.VoiLutStage;
import org.cxrtriage.imaging.WindowPresets;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The main viewport's state: which instance, its decoded frame, the current window, invert, and the view
 * transform. Decoding and rendering go through the {@link TaskExecutor}; while a render is running further
 * window changes only mark the image stale, and the latest state is rendered next (a drag never queues up
 * dozens of renders).
 */
public final class ViewportViewModel {
    /** A full-range drag across 500 screen pixels sweeps the window over the whole value range. */
    private static final double DRAG_PIXELS_FOR_FULL_RANGE = 500;

    private final FrameDecoder decoder;
    private final DisplayPipeline pipeline;
    private final TaskExecutor executor;
    private final BiConsumer<Instance, String> onDecodeFailure;

    private final ReadOnlyObjectWrapper<Instance> instance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PreparedFrame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DisplayImage> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScreenPixels> screen = new ReadOnlyObjectWrapper<>();

    /** A render, its screen pixels and the compare panes' pixels, all made on the worker. */
    private record Rendered(DisplayImage image, ScreenPixels screen, ComparePanes.Painted panes) {
    }
    /** Teaching shows the film with and without (or with another) overlay side by side. */
    private final ComparePanes panes = new ComparePanes();
    private final ReadOnlyObjectWrapper<VoiLutStage> voi = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> seriesLabel = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyObjectWrapper<String> voiName = new ReadOnlyObjectWrapper<>("");
    private final ViewGeometry geometry = new ViewGeometry(frame::get);
    private final ReadOnlyIntegerWrapper displayedCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper frameIndex = new ReadOnlyIntegerWrapper(0);
    private final BooleanProperty invert = new SimpleBooleanProperty(false);
    private final ObservableList<NamedPreset> presets = FXCollections.observableArrayList();
    /** Painted over the rendered pixels in the same render task, so it is aligned under any zoom/pan. */
    private final ReadOnlyObjectWrapper<SaliencyLayer> saliency = new ReadOnlyObjectWrapper<>();
    private final Overlay overlay;
    private final Messages messages;

    private Instance saliencyOwner;
    /** Screen reduction of the last render: zooming past it re-renders at the resolution now needed. */
    private int renderedFactor = 1;
    private Instance frameOwner;
    private boolean rendering;
    private boolean renderStale;

    public ViewportViewModel(FrameDecoder decoder, DisplayPipeline pipeline, TaskExecutor executor,
                             BiConsumer<Instance, String> onDecodeFailure, Messages messages) {
        this.messages = messages;
        this.decoder = decoder;
        this.pipeline = pipeline;
        this.executor = executor;
        this.onDecodeFailure = onDecodeFailure;
        this.overlay = new Overlay(this, messages);
        invert.addListener((obs, was, now) -> requestRender());
        saliency.addListener((obs, was, now) -> requestRender());
        panes.enabledProperty().addListener((obs, was, now) -> requestRender());
        panes.companionProperty().addListener((obs, was, now) -> requestRender());
        geometry.transformProperty().addListener((obs, was, now) -> {
            if (renderFactor() != renderedFactor) {
                requestRender();
            }
        });
    }

    /**
     * Shows (or with null hides) a saliency layer over {@code owner}'s image. It is painted only once that image's
     * frame is the one on screen, so a map never lands on the previous image while the next one decodes.
     */
    public void setSaliency(Instance owner, SaliencyLayer layer) {
        saliencyOwner = layer == null ? null : owner;
        saliency.set(layer);
    }

    public ReadOnlyObjectProperty<SaliencyLayer> saliencyProperty() {
        return saliency.getReadOnlyProperty();
    }

    /** Decodes frame 0 of the instance off the FX thread, then shows it with its default window, fitted. */
    public void open(Instance target, String seriesCaption) {
        seriesLabel.set(seriesCaption);
        instance.set(target);
        frameIndex.set(0);
        executor.submit(messages.text("task.decodeImage"), progress -> decode(target, 0),
                prepared -> {
                    if (instance.get() == target) {
                        show(prepared);
                    }
                },
                failure -> {
                    if (instance.get() == target) {
                        onDecodeFailure.accept(target, reasonOf(failure));
                    }
                });
    }

    private PreparedFrame decode(Instance target, int index) throws DicomException {
        if (!target.hasPixels()) {
            throw new DicomException(target.source(), "has no image (" + target.modality() + ")");
        }
        return pipeline.prepare(decoder.decode(target, index), target.pixels());
    }

    /**
     * Up / Down in a multi-frame instance: the next frame keeps the reader's window, invert and zoom (frames of
     * one acquisition share their value range). The decoder has all frames cached after the first.
     */
    public void stepFrame(int delta) {
        Instance target = instance.get();
        if (target == null || frame.get() == null || target.frameCount() <= 1) {
            return;
        }
        int next = Math.max(0, Math.min(target.frameCount() - 1, frameIndex.get() + delta));
        if (next == frameIndex.get()) {
            return;
        }
        frameIndex.set(next);
        executor.submit(messages.format("task.decodeFrame", next + 1), progress -> decode(target, next),
                prepared -> {
                    if (instance.get() == target && frameIndex.get() == next) {
                        frame.set(prepared);
                        requestRender();
                    }
                },
                failure -> onDecodeFailure.accept(target, reasonOf(failure)));
    }

    static String reasonOf(Throwable failure) {
        if (failure instanceof DicomException d) {
            return d.reason();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private void show(PreparedFrame prepared) {
        frameOwner = instance.get();
        frame.set(prepared);
        presets.setAll(WindowPresets.presets(prepared, instance.get().modality()));
        invert.set(false);
        setVoi(WindowPresets.defaultVoi(prepared), messages.text("viewport.voi.default"));
        geometry.fit();
        requestRender();
    }

    // ---- window / level ----

    /** Right-drag: horizontal changes the width, vertical the level (centre), scaled to the value range. */
    public void windowBy(double dxPixels, double dyPixels) {
        PreparedFrame f = frame.get();
        if (f == null) {
            return;
        }
        double range = Math.max(1, f.modalityMax() - f.modalityMin());
        double perPixel = Math.max(range / DRAG_PIXELS_FOR_FULL_RANGE, 0.05);
        VoiLutStage.Window current = currentWindow();
        setVoi(current.adjusted(dyPixels * perPixel, dxPixels * perPixel), messages.text("viewport.voi.manual"));
        requestRender();
    }

    /** A VOI LUT table cannot be dragged; start from the auto window instead. */
    private VoiLutStage.Window currentWindow() {
        return voi.get() instanceof VoiLutStage.Window w ? w : WindowPresets.auto(frame.get());
    }

    /** Number keys: index 0 is key 1. Returns false when there is no such preset. */
    public boolean applyPreset(int index) {
        if (index < 0 || index >= presets.size()) {
            return false;
        }
        NamedPreset preset = presets.get(index);
        setVoi(preset.voi(), (index + 1) + " " + preset.name());
        requestRender();
        return true;
    }

    public void toggleInvert() {
        if (frame.get() != null) {
            invert.set(!invert.get());
        }
    }

    /** Esc: default window, no invert, fitted. */
    public void reset() {
        PreparedFrame f = frame.get();
        if (f == null) {
            return;
        }
        setVoi(WindowPresets.defaultVoi(f), messages.text("viewport.voi.default"));
        invert.set(false);
        fit();
        requestRender();
    }

    private void setVoi(VoiLutStage stage, String name) {
        voi.set(stage);
        voiName.set(name);
    }

    // ---- view transform (ViewGeometry) ----

    public void setViewportSize(double width, double height) {
        geometry.setViewportSize(width, height);
    }

    public void fit() {
        geometry.fit();
    }

    /** One image pixel per screen pixel, centred. */
    public void actualSize() {
        geometry.actualSize();
    }

    public void zoomAt(double factor, double x, double y) {
        geometry.zoomAt(factor, x, y);
    }

    /** Keyboard zoom: around the centre of the viewport. */
    public void zoomCentre(double factor) {
        geometry.zoomCentre(factor);
    }

    public void panBy(double dx, double dy) {
        geometry.panBy(dx, dy);
    }

    /**
     * High-DPI screens: the window's render scale. A 2x screen has two device pixels per layout pixel, so the image
     * is reduced half as much as the zoom alone would allow, and stays as sharp as on a 1x screen.
     */
    public void setOutputScale(double scale) {
        if (geometry.setOutputScale(scale) && renderFactor() != renderedFactor) {
            requestRender();
        }
    }

    /** The reduction the screen needs now: at least one texel per device pixel. */
    public int renderFactor() {
        return geometry.renderFactor();
    }

    // ---- rendering ----

    private void requestRender() {
        if (frame.get() == null) {
            return;
        }
        if (rendering) {
            renderStale = true;
            return;
        }
        rendering = true;
        PreparedFrame f = frame.get();
        VoiLutStage v = voi.get();
        boolean inv = invert.get();
        SaliencyLayer layer = saliencyOwner != null && saliencyOwner == frameOwner ? saliency.get() : null;
        int factor = renderFactor();
        renderedFactor = factor;
        ComparePanes.Order paneOrder = panes.order(frameOwner);
        executor.submit(messages.text("task.render"), progress -> {
            DisplayImage plain = pipeline.render(f, v, inv);
            DisplayImage shown = layer == null ? plain : layer.paint(plain);
            ScreenPixels pixels = ScreenPixels.of(shown, factor);
            return new Rendered(shown, pixels, paneOrder.paint(plain, layer != null, pixels, factor));
        }, rendered -> {
            rendering = false;
            if (frame.get() == f) {
                panes.publish(rendered.panes());
                image.set(rendered.image());
                screen.set(rendered.screen());
            }
            if (renderStale) {
                renderStale = false;
                requestRender();
            }
        }, failure -> {
            rendering = false;
            onDecodeFailure.accept(instance.get(), reasonOf(failure));
        });
    }

    /** Called by the view once the rendered pixels are on screen: this is what "displayed" means. */
    public void markDisplayed() {
        displayedCount.set(displayedCount.get() + 1);
    }

    // ---- read-only state for the view and tests ----

    public ReadOnlyObjectProperty<Instance> instanceProperty() {
        return instance.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreparedFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** What the view puts on screen: the rendered image as ARGB, prepared off the FX thread. */
    public ReadOnlyObjectProperty<ScreenPixels> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** Teaching's side-by-side panes, painted by this viewport's renders. */
    public ComparePanes panes() {
        return panes;
    }

    public ReadOnlyObjectProperty<DisplayImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VoiLutStage> voiProperty() {
        return voi.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> seriesLabelProperty() {
        return seriesLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> voiNameProperty() {
        return voiName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ViewTransform> transformProperty() {
        return geometry.transformProperty();
    }

    /** How many renders have reached the screen; 0 until the first image is displayed. */
    public ReadOnlyIntegerProperty displayedCountProperty() {
        return displayedCount.getReadOnlyProperty();
    }

    /** Zero-based frame shown (multi-frame instances). */
    public ReadOnlyIntegerProperty frameIndexProperty() {
        return frameIndex.getReadOnlyProperty();
    }

    public BooleanProperty invertProperty() {
        return invert;
    }

    public ObservableList<NamedPreset> presets() {
        return presets;
    }

    public Overlay overlay() {
        return overlay;
    }

    public Optional<Instance> currentInstance() {
        return Optional.ofNullable(instance.get());
    }
}
