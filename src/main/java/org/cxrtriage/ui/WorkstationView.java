package org.cxrtriage.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.cxrtriage.imaging.NamedPreset;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The main window's content: menu, study browser, viewport with its notification banner, status bar. Keys and
 * drag-and-drop are handled here and forwarded to the view models.
 */
public final class WorkstationView extends BorderPane {
    private final WorkstationViewModel model;
    private final TriageViewModel triage;
    private final KeyBindings keys;
    private final Runnable quit;
    private final ReviewView review;
    /** The viewport's own area (without the review bar): zoom keys centre on it. */
    private StackPane centre;

    public WorkstationView(WorkstationViewModel model, TriageViewModel triage, NotificationsViewModel notifications,
                           Runnable quit) {
        this.model = model;
        this.triage = triage;
        this.quit = quit;
        this.review = new ReviewView(triage.review());
        setId("workstation");
        getStyleClass().add("workstation");
        ViewportViewModel vp = model.viewport();
        keys = bindKeys(vp);

        ViewportView viewport = new ViewportView(vp);
        NotificationsView banner = new NotificationsView(notifications);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane center = new StackPane(viewport, banner);
        review.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        review.getStyleClass().add("result-panel");
        javafx.scene.layout.VBox.setVgrow(center, javafx.scene.layout.Priority.ALWAYS);
        setCenter(new javafx.scene.layout.VBox(center, review));
        centre = center;
        StudyBrowserView browser = new StudyBrowserView(model.browser());
        browser.setPrefWidth(170);
        setLeft(browser);
        setBottom(new StatusBarView(model.status()));
        ResultPanelView results = new ResultPanelView(triage.results(), triage::startAnalysis, triage::stopAnalysis,
                triage::computeOcclusion);
        WorklistView worklist = new WorklistView(triage.worklist());
        javafx.scene.layout.VBox right = new javafx.scene.layout.VBox(results, worklist);
        right.getStyleClass().add("result-panel");
        javafx.scene.layout.VBox.setVgrow(worklist, javafx.scene.layout.Priority.ALWAYS);
        right.setPrefWidth(380);
        right.setMinWidth(320);
        setRight(right);
        setTop(menuBar(vp));

        setOnDragOver(this::onDragOver);
        setOnDragDropped(this::onDragDropped);
    }

    private KeyBindings bindKeys(ViewportViewModel vp) {
        KeyBindings k = new KeyBindings();
        k.describe("1 … 9", "Window preset (file presets first, then standard chest presets)");
        for (int i = 1; i <= 9; i++) {
            int index = i - 1;
            k.onHidden(() -> vp.applyPreset(index), KeyCode.valueOf("DIGIT" + i), KeyCode.valueOf("NUMPAD" + i));
        }
        return k
                .on("I", "Invert grey scale", vp::toggleInvert, KeyCode.I)
                .on("Esc", "Reset window, invert and zoom", vp::reset, KeyCode.ESCAPE)
                .on("F", "Fit image to viewport", vp::fit, KeyCode.F)
                .on("0", "Actual size (1 image pixel = 1 screen pixel)", vp::actualSize, KeyCode.DIGIT0,
                        KeyCode.NUMPAD0)
                .on("+ / −", "Zoom in / out around the centre", () -> zoomCentre(1.25), KeyCode.PLUS, KeyCode.EQUALS,
                        KeyCode.ADD)
                .onHidden(() -> zoomCentre(0.8), KeyCode.MINUS, KeyCode.SUBTRACT)
                .on("Page Down / Page Up", "Next / previous image in the browser",
                        () -> model.browser().step(1), KeyCode.PAGE_DOWN)
                .onHidden(() -> model.browser().step(-1), KeyCode.PAGE_UP)
                .on("Up / Down", "Previous / next frame (multi-frame images)", () -> vp.stepFrame(-1), KeyCode.UP)
                .onHidden(() -> vp.stepFrame(1), KeyCode.DOWN)
                .on("P", "Show / hide patient name and ID", this::togglePhi, KeyCode.P)
                .on("H", "Show / hide the saliency overlay (model attention)", () -> triage.results().toggleOverlay(),
                        KeyCode.H)
                .on("N / B", "Next / previous study in the worklist", () -> triage.worklist().step(1), KeyCode.N)
                .onHidden(() -> triage.worklist().step(-1), KeyCode.B)
                .on("A", "Accept the AI result of this image", () -> triage.review().accept(), KeyCode.A)
                .on("R", "Reject it: choose a reason (and text), then confirm", () -> review.openReject(), KeyCode.R)
                .on("M", "Modify: a note on what is amended, then confirm", () -> review.openModify(), KeyCode.M)
                .on("F1 / ?", "This help", this::showHelp, KeyCode.F1)
                .onTyped("?", this::showHelp)
                // menu accelerators handle these; listed here so the help is complete
                .describe("Ctrl+O", "Open DICOM file, PNG/JPEG picture, DICOMDIR or zip")
                .describe("Ctrl+Shift+O", "Open folder")
                .describe("Ctrl+Q", "Quit")
                .describe("Ctrl+Z", "Undo the review decision in force (recorded as a new event)")
                .describe("Mouse wheel", "Zoom around the cursor")
                .describe("Left or middle drag", "Pan")
                .describe("Right drag", "Window (left/right = width) and level (up/down = centre)")
                .describe("Drop files or folders", "Open them");
    }

    private void zoomCentre(double factor) {
        javafx.geometry.Bounds b = centre.getLayoutBounds();
        model.viewport().zoomAt(factor, b.getWidth() / 2, b.getHeight() / 2);
    }

    private void togglePhi() {
        javafx.beans.property.BooleanProperty phi = model.viewport().overlay().showPhiProperty();
        phi.set(!phi.get());
    }

    /**
     * Keys are filtered at the scene, not this node: with nothing focused (e.g. right after start) key events
     * target the scene itself and would never reach a filter on the root.
     */
    public void installKeys(javafx.scene.Scene scene) {
        // typing a threshold into a text field must not zoom, invert or switch studies
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!typing(scene)) {
                keys.handlePressed(e);
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!typing(scene)) {
                keys.handleTyped(e);
            }
        });
    }

    private static boolean typing(javafx.scene.Scene scene) {
        return scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl t && t.isEditable();
    }

    public void showHelp() {
        model.dialogs().showHelp(keys.help());
    }

    public List<Shortcut> shortcuts() {
        return keys.help();
    }

    private void openFile(DialogService.OpenKind kind) {
        model.dialogs().chooseFile(kind).ifPresent(model::open);
    }

    private void openFolder() {
        model.dialogs().chooseFolder().ifPresent(model::open);
    }

    private MenuBar menuBar(ViewportViewModel vp) {
        MenuItem openFile = item("Open File…", () -> openFile(DialogService.OpenKind.FILE));
        openFile.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem openFolder = item("Open Folder…", this::openFolder);
        openFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        MenuItem openDicomdir = item("Open DICOMDIR…", () -> openFile(DialogService.OpenKind.DICOMDIR));
        MenuItem openZip = item("Open Zip Archive…", () -> openFile(DialogService.OpenKind.ZIP));
        Menu recentMenu = new Menu("Open Recent");
        recentMenu.setId("menu-recent");
        Runnable fillRecent = () -> {
            recentMenu.getItems().setAll(model.recent().entries().stream()
                    .map(p -> item(p.toString(), () -> model.open(p))).toList());
            recentMenu.setDisable(recentMenu.getItems().isEmpty());
        };
        model.recent().entries().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem exit = item("Quit", quit);
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu("File", null, openFile, openFolder, openDicomdir, openZip, recentMenu,
                new SeparatorMenuItem(), exit);

        CheckMenuItem invert = new CheckMenuItem("Invert (I)");
        invert.selectedProperty().bindBidirectional(vp.invertProperty());
        CheckMenuItem phi = new CheckMenuItem("Show Patient Details (P)");
        phi.setId("menu-phi");
        phi.selectedProperty().bindBidirectional(vp.overlay().showPhiProperty());
        Menu presets = new Menu("Window Presets");
        vp.presets().addListener((ListChangeListener<NamedPreset>) c -> {
            List<MenuItem> items = new java.util.ArrayList<>();
            for (int i = 0; i < vp.presets().size(); i++) {
                int index = i;
                String key = i < 9 ? " (" + (i + 1) + ")" : "";
                items.add(item(vp.presets().get(i).name() + key, () -> vp.applyPreset(index)));
            }
            presets.getItems().setAll(items);
        });
        Menu view = new Menu("View", null, item("Fit (F)", vp::fit), item("Actual Size (0)", vp::actualSize),
                item("Reset (Esc)", vp::reset), invert, presets, new SeparatorMenuItem(), phi);
        // Ctrl+Z in a note field means "undo my typing", never "undo my last decision"
        MenuItem undo = item("Undo Review Decision", () -> {
            if (getScene() == null || !typing(getScene())) {
                triage.review().undo();
            }
        });
        undo.setId("menu-review-undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        Menu reviewMenu = new Menu("Review", null, item("Accept (A)", () -> triage.review().accept()),
                item("Reject… (R)", () -> review.openReject()), item("Modify… (M)", () -> review.openModify()), undo);
        MenuItem helpItem = item("Keyboard and Mouse…  (F1)", this::showHelp);
        Menu help = new Menu("Help", null, helpItem);
        MenuBar bar = new MenuBar(file, view, reviewMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void onDragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    /** Several dropped items: their common folder is opened, so one drop of a study's files is one study. */
    private void onDragDropped(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            model.open(dropTarget(files.stream().map(File::toPath).toList()));
        }
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }

    /** One dropped item opens as itself; several open as their closest common folder. */
    static Path dropTarget(List<Path> dropped) {
        if (dropped.size() == 1) {
            return dropped.get(0);
        }
        Path common = dropped.get(0).toAbsolutePath().getParent();
        for (Path p : dropped) {
            while (common != null && !p.toAbsolutePath().startsWith(common)) {
                common = common.getParent();
            }
        }
        return common == null ? dropped.get(0) : common;
    }
}
