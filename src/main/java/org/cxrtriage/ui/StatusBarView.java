package org.cxrtriage.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Bottom bar: message, background activity with progress, and the standing "not a diagnosis" reminder. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel model, Messages messages) {
        super(12);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        Label activity = new Label();
        activity.setId("status-activity");
        activity.textProperty().bind(model.activityProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        activity.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label disclaimer = new Label(messages.text("status.disclaimer"));
        disclaimer.getStyleClass().add("disclaimer");
        getChildren().addAll(message, spacer, activity, bar, disclaimer);
    }
}
