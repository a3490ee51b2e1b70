package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The worklist table: sortable by every column (highest score first by default), flagged-only filter. */
public final class WorklistView extends VBox {

    public WorklistView(WorklistViewModel model, Messages messages) {
        setId("worklist");
        getStyleClass().add("worklist");
        setSpacing(4);
        setPadding(new Insets(0, 10, 10, 10));
        Label heading = new Label(messages.text("worklist.heading"));
        heading.getStyleClass().add("panel-heading");
        CheckBox flaggedOnly = new CheckBox(messages.text("worklist.flaggedOnly"));
        flaggedOnly.setId("worklist-flagged-only");
        flaggedOnly.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());

        TableView<WorklistRow> table = new TableView<>();
        // bound before the items are set, so the table sorts through the sorted list from the start
        model.shown().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(model.shown());
        table.setId("worklist-table");
        TableColumn<WorklistRow, String> study = new TableColumn<>(messages.text("worklist.column.study"));
        study.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        study.setPrefWidth(130);
        TableColumn<WorklistRow, Double> score = new TableColumn<>(messages.text("worklist.column.highest"));
        score.setId("worklist-score");
        score.setCellValueFactory(c -> c.getValue().highestProperty());
        score.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? (empty ? "" : "–") : String.format(Locale.ROOT, "%.3f", value));
            }
        });
        score.setPrefWidth(70);
        score.setMinWidth(70); // "Highest" and its sort arrow
        score.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<WorklistRow, FlagState> flag = new TableColumn<>(messages.text("worklist.column.flag"));
        flag.setCellValueFactory(c -> c.getValue().flagProperty());
        flag.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(FlagState value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? "" : value.shortLabel(messages));
            }
        });
        flag.setPrefWidth(84);
        flag.setMinWidth(84);
        TableColumn<WorklistRow, String> review = new TableColumn<>(messages.text("worklist.column.review"));
        review.setCellValueFactory(c -> c.getValue().reviewProperty());
        // the row holds a code (tests and the filter compare it); the cell shows its words
        review.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? "" : messages.text(WorklistRow.REVIEWED.equals(value)
                        ? "worklist.review.reviewed" : "worklist.review.pending"));
            }
        });
        review.setPrefWidth(74);
        review.setMinWidth(70);
        TableColumn<WorklistRow, Integer> images = new TableColumn<>(messages.text("worklist.column.images"));
        images.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().images().size()));
        images.setPrefWidth(42);
        images.setMinWidth(42);
        table.getColumns().setAll(java.util.List.of(study, score, flag, review, images));
        table.getSortOrder().add(score);
        // columns share the width but never go below their headings: cut study names are normal in a table
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.text("worklist.empty")));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, flaggedOnly, table);
    }
}
