package org.cxrtriage.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The few control shapes the screens build again and again, made one way. */
final class Controls {
    private Controls() {
    }

    /**
     * A button that never shrinks below its text: a squeezed "Reject (R…" hides the very key it names, and the
     * 1366x768 layout check treats any cut text as a fault.
     */
    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A label that wraps instead of cutting its text, and is as tall as its lines need. */
    static Label wrapped(String id, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Makes a label take no room while it has nothing to say. */
    static Label hiddenWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
