package org.cxrtriage.ui;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Banner over the top of the viewport. Errors stay until dismissed (the reader must see which files failed);
 * information fades after a few seconds. The image stays usable underneath.
 */
public final class NotificationsView extends VBox {
    private static final int MAX_DETAIL_LINES = 8;
    private static final Duration INFO_VISIBLE = Duration.seconds(6);

    private final NotificationsViewModel model;
    private final Messages messages;

    public NotificationsView(NotificationsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("notifications");
        setId("notifications");
        setPickOnBounds(false);
        setMaxHeight(Region.USE_PREF_SIZE);
        model.notices().addListener((ListChangeListener<Notice>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().setAll(model.notices().stream().map(this::banner).toList());
    }

    private HBox banner(Notice notice) {
        VBox text = new VBox(2);
        Label title = new Label(notice.title());
        title.getStyleClass().add("notice-title");
        text.getChildren().add(title);
        int shown = Math.min(MAX_DETAIL_LINES, notice.details().size());
        for (int i = 0; i < shown; i++) {
            Label line = new Label(notice.details().get(i));
            line.getStyleClass().add("notice-detail");
            line.setWrapText(true);
            text.getChildren().add(line);
        }
        if (notice.details().size() > shown) {
            Label more = new Label(messages.format("notice.more", notice.details().size() - shown));
            more.getStyleClass().add("notice-detail");
            text.getChildren().add(more);
        }
        Button close = new Button("✕");
        close.getStyleClass().add("notice-close");
        close.setFocusTraversable(false);
        close.setOnAction(e -> model.dismiss(notice));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(10, text, close);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().addAll("notice", "notice-" + notice.level().name().toLowerCase(java.util.Locale.ROOT));
        if (notice.level() == Notice.Level.INFO) {
            PauseTransition fade = new PauseTransition(INFO_VISIBLE);
            fade.setOnFinished(e -> model.dismiss(notice));
            fade.play();
        }
        return box;
    }
}
