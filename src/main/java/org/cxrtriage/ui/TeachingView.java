package org.cxrtriage.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.cxrtriage.review.teaching.LearnerCall;

/**
 * Teaching screen: two linked panes (film | film with overlay, or Grad-CAM | occlusion), the controls that show
 * where the model looks (flicker, opacity with its animation, legend, slide export) and the quiz beside them.
 * The animations are JavaFX timelines on the FX thread: they only flip which pixels a pane shows or move the
 * opacity, the rendering itself stays on the workers.
 */
final class TeachingView implements ModeView {
    private static final Duration FLICKER_HALF_PERIOD = Duration.millis(600);
    private static final Duration SWEEP = Duration.millis(1500);
    private static final double SWEEP_TOP = 0.85;

    private final TeachingViewModel model;
    private final Messages messages;
    private final QuizView quiz;
    private final BorderPane root = new BorderPane();
    /** While flickering: true = the right pane shows the plain film this half-period. */
    private final BooleanProperty flickerPlain = new SimpleBooleanProperty(false);
    private final Timeline flicker;
    private final Timeline sweep;
    private double opacityBeforeSweep;

    TeachingView(TeachingViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.quiz = new QuizView(model.quiz(), model, messages);
        root.setId("mode-teaching");
        root.getStyleClass().add("teaching");
        ViewportViewModel vp = model.viewport();
        flicker = new Timeline(new KeyFrame(FLICKER_HALF_PERIOD, e -> flickerPlain.set(!flickerPlain.get())));
        flicker.setCycleCount(Animation.INDEFINITE);
        sweep = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(model.results().opacityProperty(), 0.0)),
                new KeyFrame(SWEEP, new KeyValue(model.results().opacityProperty(), SWEEP_TOP)));
        sweep.setAutoReverse(true);
        sweep.setCycleCount(Animation.INDEFINITE);
        model.flickerProperty().addListener((obs, old, now) -> {
            flickerPlain.set(false);
            if (now) {
                flicker.playFromStart();
            } else {
                flicker.stop();
            }
        });
        model.animateProperty().addListener((obs, old, now) -> animate(now));

        ComparePanes compare = vp.panes();
        ObjectBinding<ScreenPixels> right = Bindings.createObjectBinding(() -> flickerPlain.get()
                        ? compare.plainScreenProperty().get() : vp.screenProperty().get(),
                flickerPlain, compare.plainScreenProperty(), vp.screenProperty());
        ViewportView leftPane = new ViewportView(vp, compare.companionScreenProperty(), false);
        leftPane.setId("teach-left");
        ViewportView rightPane = new ViewportView(vp, right, true);
        // captions above the panes, not on them: on a 1366-pixel screen the corners already hold the film's details
        Label leftCaption = new Label();
        leftCaption.setId("teach-left-caption");
        leftCaption.textProperty().bind(Bindings.createStringBinding(() -> messages.text(
                model.compareMethodsProperty().get() ? "teach.pane.gradCam" : "teach.pane.original"),
                model.compareMethodsProperty()));
        Label rightCaption = new Label();
        rightCaption.setId("teach-right-caption");
        rightCaption.textProperty().bind(Bindings.createStringBinding(this::rightCaption,
                model.results().showOverlayProperty(), model.results().sourceProperty(), flickerPlain));
        for (Label caption : new Label[] {leftCaption, rightCaption}) {
            caption.getStyleClass().add("pane-caption");
            caption.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(caption, Priority.ALWAYS);
        }
        leftCaption.prefWidthProperty().bind(leftPane.widthProperty());
        rightCaption.prefWidthProperty().bind(rightPane.widthProperty());
        HBox captions = new HBox(2, leftCaption, rightCaption);
        captions.getStyleClass().add("teach-captions");
        HBox.setHgrow(leftPane, Priority.ALWAYS);
        HBox.setHgrow(rightPane, Priority.ALWAYS);
        // equal widths: both panes show the one transform, so they must be the same size to line up
        leftPane.prefWidthProperty().bind(rightPane.widthProperty());
        HBox panes = new HBox(2, leftPane, rightPane);
        panes.getStyleClass().add("teach-panes");
        VBox.setVgrow(panes, Priority.ALWAYS);
        root.setCenter(new VBox(captions, panes));
        ScrollPane side = new ScrollPane(new VBox(16, explore(), quiz.content()));
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setPrefWidth(380);
        side.setMinWidth(340);
        side.getStyleClass().add("result-panel");
        root.setRight(side);
    }

    private String rightCaption() {
        if (flickerPlain.get() || !model.results().showOverlayProperty().get()) {
            return messages.text("teach.pane.original");
        }
        return messages.text(model.results().sourceProperty().get() == ResultPanelViewModel.Source.OCCLUSION
                ? "teach.pane.occlusion" : "teach.pane.gradCamOverlay");
    }

    private void animate(boolean on) {
        if (on) {
            opacityBeforeSweep = model.results().opacityProperty().get();
            sweep.playFromStart();
        } else {
            sweep.stop();
            model.results().opacityProperty().set(opacityBeforeSweep);
        }
    }

    private Node explore() {
        Label heading = new Label(messages.text("teach.heading"));
        heading.getStyleClass().add("panel-heading");
        BooleanBinding hiding = Bindings.createBooleanBinding(() -> model.quiz().hidingAnswer(),
                model.quiz().stateProperty());
        ToggleButton overlay = toggle("teach-overlay", messages.text("teach.overlay"));
        overlay.selectedProperty().bindBidirectional(model.results().showOverlayProperty());
        ToggleButton flickerButton = toggle("teach-flicker", messages.text("teach.flicker"));
        flickerButton.selectedProperty().bindBidirectional(model.flickerProperty());
        ToggleButton compare = toggle("teach-compare", messages.text("teach.compare"));
        compare.selectedProperty().bindBidirectional(model.compareMethodsProperty());
        ToggleButton animateButton = toggle("teach-animate", messages.text("teach.animate"));
        animateButton.selectedProperty().bindBidirectional(model.animateProperty());
        for (ToggleButton b : new ToggleButton[] {overlay, flickerButton, compare, animateButton}) {
            b.disableProperty().bind(hiding);
        }
        Slider opacity = new Slider(0, 1, model.results().opacityProperty().get());
        opacity.setId("teach-opacity");
        opacity.valueProperty().bindBidirectional(model.results().opacityProperty());
        opacity.disableProperty().bind(hiding.or(model.animateProperty()));
        HBox.setHgrow(opacity, Priority.ALWAYS);
        HBox opacityRow = new HBox(8, new Label(messages.text("teach.opacity")), opacity);
        opacityRow.setAlignment(Pos.CENTER_LEFT);

        ColourBar bar = new ColourBar();
        bar.setId("teach-legend");
        bar.paint(model.results().styleProperty().get());
        model.results().styleProperty().addListener((obs, old, now) -> bar.paint(now));
        VBox ticks = new VBox(new Label(messages.text("teach.legendHigh")), new javafx.scene.layout.Region(),
                new Label(messages.text("teach.legendLow")));
        VBox.setVgrow(ticks.getChildren().get(1), Priority.ALWAYS);
        ticks.setPrefHeight(ColourBar.HEIGHT);
        Label caveat = new Label(messages.text("teach.caveat"));
        caveat.getStyleClass().add("caveat");
        caveat.setWrapText(true);
        caveat.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox legend = new HBox(10, bar, ticks);

        Label result = new Label();
        result.setId("teach-result");
        result.setWrapText(true);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ResultLine line = new ResultLine(model.results(), messages);
        result.textProperty().bind(Bindings.createStringBinding(() -> hiding.get()
                ? messages.text("teach.resultHidden") : line.textProperty().get(), hiding, line.textProperty()));
        Button slide = new Button(messages.text("teach.exportSlide"));
        slide.setId("teach-export-slide");
        slide.setOnAction(e -> model.chooseAndExportSlide());
        slide.disableProperty().bind(hiding.or(model.viewport().instanceProperty().isNull()));
        VBox box = new VBox(8, heading, result, new HBox(6, overlay, flickerButton), new HBox(6, compare,
                animateButton), opacityRow, legend, caveat, slide);
        box.setPadding(new Insets(12, 12, 0, 12));
        return box;
    }

    private static ToggleButton toggle(String id, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        return b;
    }

    @Override
    public Mode mode() {
        return Mode.TEACHING;
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public void bindKeys(KeyBindings keys) {
        QuizViewModel q = model.quiz();
        keys.on("T", messages.text("key.quizTb"), () -> q.call(LearnerCall.TB_LIKE), KeyCode.T)
                .on("C", messages.text("key.quizNotTb"), () -> q.call(LearnerCall.NOT_TB_LIKE), KeyCode.C)
                .on("Enter", messages.text("key.quizNext"), q::next, KeyCode.ENTER)
                .on("L", messages.text("key.flicker"), () -> {
                    if (!q.hidingAnswer()) {
                        model.flickerProperty().set(!model.flickerProperty().get());
                    }
                }, KeyCode.L);
    }

    @Override
    public void entered() {
        model.entered();
    }

    @Override
    public void left() {
        model.left();
    }
}
