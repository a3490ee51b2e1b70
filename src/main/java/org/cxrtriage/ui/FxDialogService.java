package org.cxrtriage.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** JavaFX {@link DialogService}: notices go to the in-window banner, choosers and help are owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final NotificationsViewModel notifications;
    private final String stylesheet;
    private final Messages messages;
    private Stage helpStage;
    /** The shortcuts {@link #helpStage} lists: each mode has its own. */
    private List<Shortcut> helpShown = List.of();

    public FxDialogService(Supplier<Window> owner, NotificationsViewModel notifications, String stylesheet,
                           Messages messages) {
        this.messages = messages;
        this.owner = owner;
        this.notifications = notifications;
        this.stylesheet = stylesheet;
    }

    @Override
    public void error(String title, List<String> details) {
        notifications.post(new Notice(Notice.Level.ERROR, title, details));
    }

    @Override
    public void info(String message) {
        notifications.post(new Notice(Notice.Level.INFO, message, List.of()));
    }

    @Override
    public Optional<Path> chooseFile(OpenKind kind) {
        FileChooser chooser = new FileChooser();
        switch (kind) {
            case DICOMDIR -> {
                chooser.setTitle(messages.text("dialog.openDicomdir"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        messages.text("dialog.filter.dicomdir"), "DICOMDIR", "dicomdir"));
            }
            case ZIP -> {
                chooser.setTitle(messages.text("dialog.openZip"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        messages.text("dialog.filter.zip"), "*.zip"));
            }
            case TEACHING_SET -> {
                chooser.setTitle(messages.text("dialog.openTeachingSet"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        messages.text("dialog.filter.teachingSet"), "*.csv"));
            }
            default -> {
                chooser.setTitle(messages.text("dialog.openFile"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(messages.text("dialog.filter.all"), "*"),
                        new FileChooser.ExtensionFilter(messages.text("dialog.filter.dicom"),
                                "*.dcm", "*.DCM", "*.dicom"),
                        new FileChooser.ExtensionFilter(messages.text("dialog.filter.pictures"), "*.png", "*.PNG",
                                "*.jpg", "*.JPG", "*.jpeg", "*.JPEG"));
            }
        }
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("dialog.filter.png"), "*.png"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.text("dialog.openFolder"));
        File dir = chooser.showDialog(owner.get());
        return Optional.ofNullable(dir).map(File::toPath);
    }

    @Override
    public void showHelp(List<Shortcut> shortcuts) {
        // each mode has its own keys: the window is rebuilt when the list differs from the one it shows
        if (helpStage == null || !shortcuts.equals(helpShown)) {
            if (helpStage != null) {
                helpStage.hide();
            }
            helpStage = buildHelp(shortcuts);
            helpShown = List.copyOf(shortcuts);
        }
        helpStage.show();
        helpStage.toFront();
    }

    private Stage buildHelp(List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(16));
        for (int row = 0; row < shortcuts.size(); row++) {
            Label keys = new Label(shortcuts.get(row).keys());
            keys.getStyleClass().add("help-keys");
            grid.add(keys, 0, row);
            grid.add(new Label(shortcuts.get(row).action()), 1, row);
        }
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        // non-modal: the reader can keep the list open next to the image
        stage.initModality(Modality.NONE);
        stage.setTitle(messages.text("dialog.help.title"));
        Button close = new Button(messages.text("dialog.help.close"));
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.hide());
        BorderPane root = new BorderPane(new ScrollPane(grid));
        root.setId("help");
        BorderPane.setMargin(close, new Insets(8));
        root.setBottom(close);
        Scene scene = new Scene(root, 560, 560);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        return stage;
    }
}
