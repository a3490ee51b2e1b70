package org.cxrtriage.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cxrtriage.review.RejectReason;

/**
 * The review bar under the film: who is reading, the decision in force, Accept / Reject / Modify / Undo,
 * and the session summary. Reject and Modify open small inline forms (never modal, so the film stays visible and
 * the keys keep working); while there is no model result every control is disabled and the reason is shown.
 */
public final class ReviewView extends VBox {
    private final ReviewViewModel model;
    private final HBox rejectForm;
    private final HBox modifyForm;
    private final ComboBox<RejectReason> reason = new ComboBox<>();
    private final TextField rejectText = new TextField();
    private final TextField modifyNote = new TextField();

    public ReviewView(ReviewViewModel model, Messages messages) {
        this.model = model;
        setId("review");
        setSpacing(6);
        Label heading = new Label(messages.text("review.heading"));
        heading.getStyleClass().add("panel-heading");
        Label reader = new Label(messages.format("review.reader", model.reader()));
        reader.setId("review-reader");
        Label unavailable = bound("review-unavailable", model.unavailableProperty());
        unavailable.visibleProperty().bind(model.unavailableProperty().isNotEmpty());
        unavailable.managedProperty().bind(unavailable.visibleProperty());
        Label decision = bound("review-decision", model.decisionProperty());

        BooleanBinding off = model.currentProperty().isNull().or(model.savingProperty());
        Button accept = Controls.button("review-accept", messages.text("review.accept"), this::accept);
        Button reject = Controls.button("review-reject", messages.text("review.reject"), this::openReject);
        Button modify = Controls.button("review-modify", messages.text("review.modify"), this::openModify);
        Button undo = Controls.button("review-undo", messages.text("review.undo"), model::undo);
        accept.disableProperty().bind(off);
        reject.disableProperty().bind(off);
        modify.disableProperty().bind(off);
        undo.disableProperty().bind(off.or(model.undoableProperty().not()));
        HBox buttons = new HBox(6, accept, reject, modify, undo);
        buttons.setAlignment(Pos.CENTER_LEFT);

        reason.setId("review-reason");
        reason.getItems().setAll(RejectReason.values());
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(RejectReason r) {
                return r == null ? "" : messages.text("reason." + r.code());
            }

            @Override
            public RejectReason fromString(String s) {
                return null;
            }
        });
        reason.setPromptText(messages.text("review.reasonPrompt"));
        rejectText.setId("review-reject-text");
        rejectText.setPromptText(messages.text("review.rejectTextPrompt"));
        Button confirmReject = Controls.button("review-reject-confirm", messages.text("review.confirmReject"), this::confirmReject);
        confirmReject.disableProperty().bind(off.or(reason.valueProperty().isNull())
                .or(reason.valueProperty().isEqualTo(RejectReason.OTHER).and(rejectText.textProperty().isEmpty())));
        rejectText.setOnAction(e -> {
            if (!confirmReject.isDisabled()) {
                confirmReject();
            }
        });
        rejectForm = form("review-reject-form", reason, rejectText,
                new HBox(6, confirmReject, Controls.button("review-reject-cancel", messages.text("review.cancel"), this::closeForms)));

        modifyNote.setId("review-modify-note");
        modifyNote.setPromptText(messages.text("review.modifyPrompt"));
        Button confirmModify = Controls.button("review-modify-confirm", messages.text("review.confirmModify"), this::confirmModify);
        confirmModify.disableProperty().bind(off.or(Bindings.createBooleanBinding(
                () -> modifyNote.getText().isBlank(), modifyNote.textProperty())));
        modifyNote.setOnAction(e -> {
            if (!confirmModify.isDisabled()) {
                confirmModify();
            }
        });
        modifyForm = form("review-modify-form", modifyNote,
                new HBox(6, confirmModify, Controls.button("review-modify-cancel", messages.text("review.cancel"), this::closeForms)));
        model.currentProperty().addListener((obs, old, now) -> closeForms());

        Label unsaved = bound("review-unsaved", model.unsavedProperty());
        unsaved.getStyleClass().add("flag-flagged");
        Button retry = Controls.button("review-retry", messages.text("review.retry"), model::retry);
        HBox unsavedRow = new HBox(6, unsaved, retry);
        unsavedRow.visibleProperty().bind(model.unsavedProperty().isNotEmpty());
        unsavedRow.managedProperty().bind(unsavedRow.visibleProperty());
        Label summary = bound("review-summary", model.summaryProperty());

        // a bar under the film, so the right column (result, overlay, worklist) keeps its height on small screens
        HBox status = new HBox(12, heading, reader, unavailable, decision, unsavedRow);
        status.setAlignment(Pos.CENTER_LEFT);
        // the forms get their own row: beside the buttons they would be cut off on a 1366-pixel screen
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(status, buttons, rejectForm, modifyForm, summary);
    }

    private void accept() {
        closeForms();
        model.accept();
    }

    /** R: shows the reason chooser (nothing is recorded until the reader confirms). */
    public void openReject() {
        if (model.currentProperty().get() == null) {
            return;
        }
        modifyForm.setVisible(false);
        rejectForm.setVisible(true);
        reason.requestFocus();
    }

    /** M: shows the note field. */
    public void openModify() {
        if (model.currentProperty().get() == null) {
            return;
        }
        rejectForm.setVisible(false);
        modifyForm.setVisible(true);
        modifyNote.requestFocus();
    }

    private void confirmReject() {
        model.reject(reason.getValue(), rejectText.getText());
        closeForms();
    }

    private void confirmModify() {
        model.modify(modifyNote.getText());
        closeForms();
    }

    private void closeForms() {
        if (rejectText.isFocused() || modifyNote.isFocused() || reason.isFocused()) {
            requestFocus(); // a hidden text field keeping focus would swallow the review keys
        }
        rejectForm.setVisible(false);
        modifyForm.setVisible(false);
        reason.setValue(null);
        rejectText.clear();
        modifyNote.clear();
    }

    private static HBox form(String id, javafx.scene.Node... children) {
        HBox form = new HBox(4, children);
        form.setAlignment(Pos.CENTER_LEFT);
        form.setId(id);
        form.setVisible(false);
        form.managedProperty().bind(form.visibleProperty());
        return form;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }
}
