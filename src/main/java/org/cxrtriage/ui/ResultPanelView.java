package org.cxrtriage.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cxrtriage.imaging.Colormap;

import java.util.Locale;

/**
 * Right-hand panel: the result of the image on screen (probability, site threshold, flag, model, one plain
 * line, "Not a diagnosis") and the saliency overlay controls with the colour bar and its caveat.
 */
public final class ResultPanelView extends VBox {
    private final Messages messages;

    public ResultPanelView(ResultPanelViewModel model, Runnable startAnalysis, Runnable stopAnalysis,
                           Runnable occlusion, Messages messages) {
        this.messages = messages;
        setId("result-panel");
        getStyleClass().add("result-panel");
        setSpacing(8);
        setPadding(new Insets(10));

        Label heading = new Label(messages.text("result.heading"));
        heading.getStyleClass().add("panel-heading");
        Label flag = label("result-flag");
        flag.textProperty().bind(Bindings.createStringBinding(() -> model.flagProperty().get().label(messages),
                model.flagProperty()));
        model.flagProperty().addListener((obs, old, now) -> styleFlag(flag, now));
        styleFlag(flag, model.flagProperty().get());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(messages.text("result.probability")), bound("result-probability", model.probabilityProperty()));
        grid.addRow(1, new Label(messages.text("result.threshold")), bound("result-threshold", model.thresholdProperty()));
        grid.addRow(2, new Label(messages.text("result.model")), bound("result-model", model.modelProperty()));
        Label explanation = bound("result-explanation", model.explanationProperty());
        explanation.setWrapText(true);
        explanation.setMaxWidth(300);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label notDiagnosis = new Label(messages.text("result.notDiagnosis"));
        notDiagnosis.setId("not-a-diagnosis");
        notDiagnosis.getStyleClass().add("caveat");

        Spinner<Double> threshold = new Spinner<>();
        threshold.setId("site-threshold");
        threshold.setEditable(false);
        threshold.setPrefWidth(100);
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0.01, 0.99, 0.5, 0.01);
        threshold.setValueFactory(factory);
        Runnable syncSpinner = () -> {
            String text = model.thresholdProperty().get();
            if (!text.equals("–")) {
                factory.setValue(Double.parseDouble(text));
            }
        };
        model.thresholdProperty().addListener((obs, old, now) -> syncSpinner.run());
        syncSpinner.run();
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !String.format(Locale.ROOT, "%.4f", now).equals(model.thresholdProperty().get())) {
                model.settings().thresholdProperty().set(now);
            }
        });
        Button modelDefault = new Button(messages.text("result.modelDefault"));
        modelDefault.setOnAction(e -> model.settings().thresholdProperty().set(Double.NaN));
        HBox thresholdRow = new HBox(6, new Label(messages.text("result.setThreshold")), threshold, modelDefault);
        thresholdRow.setAlignment(Pos.CENTER_LEFT);

        Button analyse = new Button(messages.text("result.analyse"));
        analyse.setId("analysis-start");
        analyse.setOnAction(e -> startAnalysis.run());
        Button stop = new Button(messages.text("result.stop"));
        stop.setId("analysis-stop");
        stop.setOnAction(e -> stopAnalysis.run());
        stop.disableProperty().bind(model.analysis().idleProperty());
        Label progress = new Label();
        progress.setId("analysis-progress");
        progress.textProperty().bind(Bindings.createStringBinding(() -> messages.format("result.progress",
                model.analysis().doneProperty().get(), model.analysis().totalProperty().get()),
                model.analysis().doneProperty(), model.analysis().totalProperty()));
        HBox analysisRow = new HBox(6, analyse, stop, progress);
        analysisRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(heading, flag, grid, explanation, notDiagnosis, thresholdRow, analysisRow,
                overlayControls(model, occlusion));
    }

    private VBox overlayControls(ResultPanelViewModel model, Runnable occlusion) {
        Label heading = new Label(messages.text("result.overlay.heading"));
        heading.getStyleClass().add("panel-heading");
        CheckBox show = new CheckBox(messages.text("result.overlay.show"));
        show.setId("overlay-show");
        show.selectedProperty().bindBidirectional(model.showOverlayProperty());
        ComboBox<ResultPanelViewModel.Source> source = new ComboBox<>();
        source.setId("overlay-source");
        source.getItems().setAll(ResultPanelViewModel.Source.values());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResultPanelViewModel.Source s) {
                return s == null ? "" : s.label(messages);
            }

            @Override
            public ResultPanelViewModel.Source fromString(String text) {
                return null; // not editable: the reader only picks from the list
            }
        });
        source.valueProperty().bindBidirectional(model.sourceProperty());
        Button occlude = new Button(messages.text("result.overlay.occlusion"));
        occlude.setId("overlay-occlusion");
        occlude.setOnAction(e -> occlusion.run());
        ComboBox<Colormap> colormap = new ComboBox<>();
        colormap.setId("overlay-colormap");
        colormap.getItems().setAll(Colormap.values());
        colormap.valueProperty().bindBidirectional(model.colormapProperty());
        Slider opacity = slider("overlay-opacity", model.opacityProperty());
        Slider cutOff = slider("overlay-cutoff", model.cutOffProperty());
        CheckBox contours = new CheckBox(messages.text("result.overlay.contours"));
        contours.setId("overlay-contours");
        contours.selectedProperty().bindBidirectional(model.contoursProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(messages.text("result.overlay.map")), source);
        grid.addRow(1, new Label(messages.text("result.overlay.colours")), colormap);
        grid.addRow(2, new Label(messages.text("result.overlay.opacity")), opacity);
        grid.addRow(3, new Label(messages.text("result.overlay.cutOff")), cutOff);

        ColourBar bar = new ColourBar();
        bar.paint(model.styleProperty().get());
        model.styleProperty().addListener((obs, old, now) -> bar.paint(now));
        Label high = new Label(messages.text("result.overlay.high"));
        Label low = new Label();
        low.textProperty().bind(Bindings.createStringBinding(() -> messages.format("result.overlay.low",
                model.cutOffProperty().get()), model.cutOffProperty()));
        VBox ticks = new VBox(high, new javafx.scene.layout.Region(), low);
        VBox.setVgrow(ticks.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        ticks.setPrefHeight(ColourBar.HEIGHT);
        HBox legend = new HBox(8, bar, ticks);
        Label caveat = new Label(messages.text("result.overlay.caveat"));
        caveat.setId("overlay-caveat");
        caveat.getStyleClass().add("caveat");
        caveat.setWrapText(true);
        return new VBox(6, heading, show, grid, contours, occlude, legend, caveat);
    }

    private static Slider slider(String id, javafx.beans.property.DoubleProperty value) {
        Slider s = new Slider(0, 1, value.get());
        s.setId(id);
        s.setPrefWidth(150);
        s.valueProperty().bindBidirectional(value);
        return s;
    }

    private static void styleFlag(Label label, FlagState state) {
        label.getStyleClass().removeAll("flag-flagged", "flag-clear", "flag-none");
        label.getStyleClass().add(state == FlagState.FLAGGED ? "flag-flagged"
                : state == FlagState.NOT_FLAGGED ? "flag-clear" : "flag-none");
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = label(id);
        l.textProperty().bind(text);
        return l;
    }
}
