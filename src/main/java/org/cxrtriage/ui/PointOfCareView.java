package org.cxrtriage.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.cxrtriage.imaging.NamedPreset;
import org.cxrtriage.review.RejectReason;

import java.util.List;

/**
 * Point-of-care screen, built for 1366x768 and touch: the image large, the card beside it in type readable at arm's
 * length, every target at least 44 px ({@code .poc} in the stylesheet), window/level only when expanded, and
 * "This is not a diagnosis" pinned to the card so no scroll position hides it.
 */
final class PointOfCareView implements ModeView {
    private final PointOfCareViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();

    PointOfCareView(PointOfCareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("mode-point-of-care");
        root.getStyleClass().add("poc");
        ViewportView viewport = new ViewportView(model.viewport());
        VBox.setVgrow(viewport, Priority.ALWAYS);
        root.setCenter(new VBox(viewport, navigation(), windowControls()));
        root.setRight(card());
    }

    private Node navigation() {
        Button previous = Controls.button("poc-previous", messages.text("poc.previous"), model::previous);
        Button next = Controls.button("poc-next", messages.text("poc.next"), model::next);
        Label position = new Label();
        position.setId("poc-position");
        position.textProperty().bind(model.positionProperty());
        position.setMinWidth(0);
        ToggleButton controls = new ToggleButton(messages.text("poc.windowControls"));
        controls.setId("poc-window-toggle");
        controls.selectedProperty().bindBidirectional(model.windowControlsProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, previous, position, spacer, controls, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("poc-bar");
        return bar;
    }

    /** Presets as buttons, invert, reset: only while expanded (and then laid out, otherwise not even managed). */
    private Node windowControls() {
        FlowPane pane = new FlowPane(8, 8);
        pane.setId("poc-window-controls");
        pane.setPadding(new Insets(0, 10, 8, 10));
        pane.getStyleClass().add("poc-bar");
        ViewportViewModel vp = model.viewport();
        Runnable fill = () -> {
            List<Node> buttons = new java.util.ArrayList<>();
            for (int i = 0; i < vp.presets().size(); i++) {
                int index = i;
                buttons.add(Controls.button("poc-preset-" + (i + 1), vp.presets().get(i).name(), () -> vp.applyPreset(index)));
            }
            buttons.add(Controls.button("poc-invert", messages.text("poc.invert"), vp::toggleInvert));
            buttons.add(Controls.button("poc-reset", messages.text("poc.reset"), vp::reset));
            pane.getChildren().setAll(buttons);
        };
        vp.presets().addListener((ListChangeListener<NamedPreset>) c -> fill.run());
        fill.run();
        pane.visibleProperty().bind(model.windowControlsProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private Node card() {
        Label heading = new Label(messages.text("poc.heading"));
        heading.getStyleClass().add("panel-heading");
        Circle light = new Circle(18);
        light.setId("poc-light");
        light.getStyleClass().add("poc-light");
        model.lightProperty().addListener((obs, old, now) -> styleLight(light, now));
        styleLight(light, model.lightProperty().get());
        Label headline = Controls.wrapped("poc-headline", "poc-headline");
        headline.textProperty().bind(model.headlineProperty());
        HBox top = new HBox(14, light, headline);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(headline, Priority.ALWAYS);
        Label score = Controls.wrapped("poc-score", "poc-text");
        score.textProperty().bind(model.scoreProperty());
        Label nextStep = Controls.wrapped("poc-next-step", "poc-text");
        nextStep.textProperty().bind(model.nextStepProperty());

        ToggleButton heatmap = new ToggleButton(messages.text("poc.heatmap"));
        heatmap.setId("poc-heatmap");
        heatmap.selectedProperty().bindBidirectional(model.heatmapProperty());
        heatmap.disableProperty().bind(model.lightProperty().isNotEqualTo(PointOfCareViewModel.Light.LIKELY)
                .and(model.lightProperty().isNotEqualTo(PointOfCareViewModel.Light.NOT_LIKELY)));
        Label caveat = Controls.wrapped("poc-heatmap-caveat", "caveat");
        caveat.setText(messages.text("poc.heatmapCaveat"));
        caveat.visibleProperty().bind(model.heatmapProperty());
        caveat.managedProperty().bind(caveat.visibleProperty());

        VBox scrolling = new VBox(14, heading, top, score, nextStep, heatmap, caveat, decision());
        scrolling.setPadding(new Insets(14, 16, 14, 16));
        ScrollPane scroll = new ScrollPane(scrolling);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label notDiagnosis = Controls.wrapped("poc-not-a-diagnosis", "poc-not-a-diagnosis");
        notDiagnosis.setText(messages.text("poc.notDiagnosis"));
        notDiagnosis.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(scroll, notDiagnosis);
        card.setId("poc-card");
        card.getStyleClass().add("poc-card");
        card.setPrefWidth(440);
        card.setMinWidth(360);
        return card;
    }

    /** Agree / disagree, then for disagree the coded reasons as large buttons, and what was recorded. */
    private Node decision() {
        Label question = Controls.wrapped("poc-question", "poc-text");
        question.setText(messages.text("poc.question"));
        Button agree = Controls.button("poc-agree", messages.text("poc.agree"), model::agree);
        Button disagree = Controls.button("poc-disagree", messages.text("poc.disagree"), model::disagree);
        agree.getStyleClass().add("poc-big");
        disagree.getStyleClass().add("poc-big");
        agree.disableProperty().bind(model.canDecideProperty().not());
        disagree.disableProperty().bind(model.canDecideProperty().not());
        agree.setMaxWidth(Double.MAX_VALUE);
        disagree.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(agree, Priority.ALWAYS);
        HBox.setHgrow(disagree, Priority.ALWAYS);
        HBox buttons = new HBox(10, agree, disagree);

        Label why = Controls.wrapped("poc-reason-question", "poc-text");
        why.setText(messages.text("poc.reasonQuestion"));
        FlowPane reasons = new FlowPane(8, 8);
        for (RejectReason reason : RejectReason.values()) {
            Button b = Controls.button("poc-reason-" + reason.code().toLowerCase(java.util.Locale.ROOT),
                    messages.text("reason." + reason.code()), () -> model.disagreeBecause(reason));
            b.disableProperty().bind(model.canDecideProperty().not());
            reasons.getChildren().add(b);
        }
        VBox reasonBox = new VBox(8, why, reasons);
        reasonBox.setId("poc-reasons");
        reasonBox.visibleProperty().bind(model.choosingReasonProperty());
        reasonBox.managedProperty().bind(reasonBox.visibleProperty());

        Label unavailable = Controls.wrapped("poc-unavailable", "poc-small");
        unavailable.textProperty().bind(model.review().unavailableProperty());
        unavailable.visibleProperty().bind(model.review().unavailableProperty().isNotEmpty());
        unavailable.managedProperty().bind(unavailable.visibleProperty());
        Label recorded = Controls.wrapped("poc-decision", "poc-small");
        recorded.textProperty().bind(model.review().decisionProperty());
        Label unsaved = Controls.wrapped("poc-unsaved", "poc-unsaved");
        unsaved.textProperty().bind(model.review().unsavedProperty());
        Button retry = Controls.button("poc-retry", messages.text("poc.retry"), () -> model.review().retry());
        retry.visibleProperty().bind(model.review().unsavedProperty().isNotEmpty());
        retry.managedProperty().bind(retry.visibleProperty());
        unsaved.visibleProperty().bind(retry.visibleProperty());
        unsaved.managedProperty().bind(retry.visibleProperty());
        return new VBox(10, question, buttons, reasonBox, unavailable, recorded, unsaved, retry);
    }

    private static void styleLight(Circle light, PointOfCareViewModel.Light state) {
        light.getStyleClass().removeIf(c -> c.startsWith("light-"));
        light.getStyleClass().add("light-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    @Override
    public Mode mode() {
        return Mode.POINT_OF_CARE;
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public void bindKeys(KeyBindings keys) {
        // the common keys only: this screen is driven by its buttons, and A / R must not record silently
    }

    @Override
    public void entered() {
        model.entered();
    }
}
