package org.cxrtriage.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

import java.nio.IntBuffer;

/**
 * The image itself: an ImageView placed by the {@link ViewTransform}, four corner overlays, and the mouse:
 * wheel zooms around the cursor, left or middle drag pans, right drag changes window/level.
 */
public final class ViewportView extends StackPane {
    /** Wheel notches: one notch (40 px delta) zooms by about 10 %. */
    private static final double WHEEL_ZOOM_PER_PIXEL = Math.log(1.1) / 40;

    private final ViewportViewModel model;
    private final javafx.beans.value.ObservableValue<ScreenPixels> pixels;
    private final boolean primary;
    private final ImageView imageView = new ImageView();
    private WritableImage writable;
    private ScreenPixels shown;
    private double lastX;
    private double lastY;

    public ViewportView(ViewportViewModel model) {
        this(model, model.screenProperty(), true);
    }

    /**
     * A view of the model's state showing {@code pixels}. Several views of one model share its window and zoom, so
     * panning or zooming in any of them moves all (teaching's linked panes). Only the {@code primary} view reports
     * its size to the model and counts as "displayed"; secondary views must be laid out the same size.
     */
    public ViewportView(ViewportViewModel model, javafx.beans.value.ObservableValue<ScreenPixels> pixels,
                        boolean primary) {
        this.model = model;
        this.pixels = pixels;
        this.primary = primary;
        if (primary) {
            setId("viewport");
        }
        getStyleClass().add("viewport");
        setMinSize(200, 200);

        imageView.setId("viewport-image");
        imageView.setSmooth(true);
        imageView.setPreserveRatio(false);
        Pane canvas = new Pane(imageView);
        canvas.getStyleClass().add("viewport-canvas");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(canvas.widthProperty());
        clip.heightProperty().bind(canvas.heightProperty());
        canvas.setClip(clip);
        if (primary) {
            canvas.layoutBoundsProperty().addListener((obs, old, now) ->
                    model.setViewportSize(now.getWidth(), now.getHeight()));
            Overlay overlay = model.overlay();
            getChildren().addAll(canvas,
                    corner("overlay-top-left", Pos.TOP_LEFT, overlay.topLeft()),
                    corner("overlay-top-right", Pos.TOP_RIGHT, overlay.topRight()),
                    corner("overlay-bottom-left", Pos.BOTTOM_LEFT, overlay.bottomLeft()),
                    corner("overlay-bottom-right", Pos.BOTTOM_RIGHT, overlay.bottomRight()));
        } else {
            getChildren().add(canvas);
        }

        // a view of another mode is off screen: it catches up when it is shown again, not on every render
        pixels.addListener((obs, old, now) -> {
            if (getScene() != null) {
                display(now);
            }
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null && pixels.getValue() != null && pixels.getValue() != shown) {
                display(pixels.getValue());
            }
        });
        if (primary) {
            // high-DPI: the window's render scale decides how far the image may be reduced for the screen
            sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                    .flatMap(javafx.stage.Window::renderScaleXProperty)
                    .addListener((obs, old, now) -> model.setOutputScale(now == null ? 1 : now.doubleValue()));
        }
        model.transformProperty().addListener((obs, old, now) -> place());
        canvas.setOnScroll(this::onScroll);
        // touch screens (point-of-care): pinch zooms around the fingers; a one-finger drag arrives as a mouse drag
        canvas.setOnZoom(e -> {
            model.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
    }

    private Label corner(String id, Pos pos, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("overlay-text");
        label.textProperty().bind(text);
        label.setMouseTransparent(true);
        label.setTextAlignment(pos.getHpos() == javafx.geometry.HPos.RIGHT
                ? javafx.scene.text.TextAlignment.RIGHT : javafx.scene.text.TextAlignment.LEFT);
        StackPane.setAlignment(label, pos);
        StackPane.setMargin(label, new Insets(8, 10, 8, 10));
        return label;
    }

    /**
     * Shows the rendered pixels: the worker already made them ARGB, so the FX thread only wraps the array in a
     * PixelBuffer (no per-pixel work here; the texture upload happens on the render thread).
     */
    private void display(ScreenPixels pixels) {
        if (pixels == null) {
            return;
        }
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(pixels.width(), pixels.height(),
                IntBuffer.wrap(pixels.argb()), PixelFormat.getIntArgbPreInstance());
        writable = new WritableImage(buffer);
        shown = pixels;
        imageView.setImage(writable);
        place();
        if (primary) {
            model.markDisplayed();
        }
    }

    private void place() {
        if (writable == null) {
            return;
        }
        ViewTransform t = model.transformProperty().get();
        imageView.setLayoutX(t.offsetX());
        imageView.setLayoutY(t.offsetY());
        // the transform is in image pixels; the texture may be reduced, so size it from the source image
        imageView.setFitWidth(shown.sourceWidth() * t.scale());
        imageView.setFitHeight(shown.sourceHeight() * t.scale());
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            model.zoomAt(Math.exp(e.getDeltaY() * WHEEL_ZOOM_PER_PIXEL), e.getX(), e.getY());
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        requestFocus();
    }

    private void onDragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (e.isSecondaryButtonDown() || e.getButton() == MouseButton.SECONDARY) {
            model.windowBy(dx, dy);
        } else if (e.isPrimaryButtonDown() || e.isMiddleButtonDown()) {
            model.panBy(dx, dy);
        }
        e.consume();
    }
}
