package org.cxrtriage.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The radiologist's reading screen, tuned for speed: study browser, the film with a one-line AI result under it
 * (never over the anatomy), the review bar, and on the right the worklist first, then the result panel. Everything is on
 * the keyboard; the shell's help lists every key.
 */
final class RadiologistView implements ModeView {
    private final BorderPane root = new BorderPane();
    private final TriageViewModel triage;
    private final ReviewView review;
    private final ViewportView viewport;
    private final Messages messages;

    RadiologistView(WorkstationViewModel model, TriageViewModel triage, Messages messages) {
        this.triage = triage;
        this.messages = messages;
        this.review = new ReviewView(triage.review(), messages);
        root.setId("mode-radiologist");
        viewport = new ViewportView(model.viewport());
        Label resultLine = new Label();
        resultLine.setId("result-line");
        resultLine.getStyleClass().add("result-line");
        resultLine.setMaxWidth(Double.MAX_VALUE);
        resultLine.textProperty().bind(new ResultLine(triage.results(), messages).textProperty());
        review.setPadding(new Insets(6, 10, 6, 10));
        review.getStyleClass().add("result-panel");
        VBox.setVgrow(viewport, Priority.ALWAYS);
        root.setCenter(new VBox(viewport, resultLine, review));
        StudyBrowserView browser = new StudyBrowserView(model.browser(), messages);
        browser.setPrefWidth(170);
        root.setLeft(browser);
        ResultPanelView results = new ResultPanelView(triage.results(), triage::startAnalysis, triage::stopAnalysis,
                triage::computeOcclusion, messages);
        WorklistView worklist = new WorklistView(triage.worklist(), messages);
        // the worklist first: a reader works down the list; the result panel of the film on screen follows
        worklist.setPrefHeight(260);
        worklist.setMinHeight(200);
        VBox right = new VBox(worklist, results);
        right.getStyleClass().add("result-panel");
        VBox.setVgrow(results, Priority.ALWAYS);
        // on a 768-pixel screen the column is taller than the window: it scrolls instead of pushing the review bar
        // under the status bar
        ScrollPane scroll = new ScrollPane(right);
        scroll.setId("radiologist-side");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("result-panel");
        scroll.setPrefWidth(380);
        scroll.setMinWidth(320);
        root.setRight(scroll);
    }

    @Override
    public Mode mode() {
        return Mode.RADIOLOGIST;
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public void bindKeys(KeyBindings keys) {
        keys.on("A", messages.text("key.accept"), () -> triage.review().accept(), KeyCode.A)
                .on("R", messages.text("key.reject"), review::openReject, KeyCode.R)
                .on("M", messages.text("key.modify"), review::openModify, KeyCode.M);
    }

    void openReject() {
        review.openReject();
    }

    void openModify() {
        review.openModify();
    }
}
