package org.cxrtriage.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The main window's shell: menu, the current mode's screen with the notification banner over it, status bar.
 * Keys and drag-and-drop are handled here; each mode gets the keys common to all plus its own, and the help
 * window lists exactly the keys of the mode on screen.
 */
public final class WorkstationView extends BorderPane {
    private final WorkstationViewModel model;
    private final TriageViewModel triage;
    private final UserPreferences preferences;
    private final Messages messages;
    private final Runnable quit;
    private final Map<Mode, ModeView> modes = new EnumMap<>(Mode.class);
    private final Map<Mode, KeyBindings> keys = new EnumMap<>(Mode.class);
    private final StackPane centre = new StackPane();
    private final List<MenuItem> radiologistOnly = new ArrayList<>();
    private final PointOfCareViewModel pointOfCare;
    private final TeachingViewModel teaching;
    private ModeView current;

    public WorkstationView(WorkstationViewModel model, TriageViewModel triage, NotificationsViewModel notifications,
                           UserPreferences preferences, Messages messages, PointOfCareViewModel pointOfCare,
                           TeachingViewModel teaching, Runnable quit) {
        this.model = model;
        this.triage = triage;
        this.preferences = preferences;
        this.messages = messages;
        this.quit = quit;
        this.pointOfCare = pointOfCare;
        this.teaching = teaching;
        setId("workstation");
        getStyleClass().add("workstation");
        RadiologistView radiologist = new RadiologistView(model, triage, messages);
        for (ModeView view : List.of(radiologist, new PointOfCareView(pointOfCare, messages),
                new TeachingView(teaching, messages))) {
            modes.put(view.mode(), view);
            KeyBindings k = commonKeys(model.viewport());
            view.bindKeys(k);
            keys.put(view.mode(), k.on("F1 / ?", messages.text("key.help"), this::showHelp, KeyCode.F1)
                    .onTyped("?", this::showHelp));
            describeMenuKeys(k);
        }
        NotificationsView banner = new NotificationsView(notifications, messages);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane shown = new StackPane(centre, banner);
        setCenter(shown);
        setBottom(new StatusBarView(model.status(), messages));
        setTop(menuBar(model.viewport(), radiologist));
        setOnDragOver(this::onDragOver);
        setOnDragDropped(this::onDragDropped);
        preferences.modeProperty().addListener((obs, old, now) -> show(now));
        show(preferences.modeProperty().get());
    }

    private void show(Mode mode) {
        if (current != null) {
            current.left();
        }
        current = modes.get(mode);
        centre.getChildren().setAll(current.content());
        radiologistOnly.forEach(item -> item.setDisable(mode != Mode.RADIOLOGIST));
        current.entered();
    }

    public PointOfCareViewModel pointOfCare() {
        return pointOfCare;
    }

    public TeachingViewModel teaching() {
        return teaching;
    }

    /** The mode on screen. */
    public Mode mode() {
        return current.mode();
    }

    private KeyBindings commonKeys(ViewportViewModel vp) {
        KeyBindings k = new KeyBindings();
        k.describe("1 … 9", messages.text("key.presets"));
        for (int i = 1; i <= 9; i++) {
            int index = i - 1;
            k.onHidden(() -> vp.applyPreset(index), KeyCode.valueOf("DIGIT" + i), KeyCode.valueOf("NUMPAD" + i));
        }
        return k
                .on("I", messages.text("key.invert"), vp::toggleInvert, KeyCode.I)
                .on("Esc", messages.text("key.reset"), vp::reset, KeyCode.ESCAPE)
                .on("F", messages.text("key.fit"), vp::fit, KeyCode.F)
                .on("0", messages.text("key.actualSize"), vp::actualSize, KeyCode.DIGIT0, KeyCode.NUMPAD0)
                .on("+ / −", messages.text("key.zoom"), () -> vp.zoomCentre(1.25), KeyCode.PLUS, KeyCode.EQUALS,
                        KeyCode.ADD)
                .onHidden(() -> vp.zoomCentre(0.8), KeyCode.MINUS, KeyCode.SUBTRACT)
                .on("Page Down / Page Up", messages.text("key.browserStep"), () -> model.browser().step(1),
                        KeyCode.PAGE_DOWN)
                .onHidden(() -> model.browser().step(-1), KeyCode.PAGE_UP)
                .on("Up / Down", messages.text("key.frameStep"), () -> vp.stepFrame(-1), KeyCode.UP)
                .onHidden(() -> vp.stepFrame(1), KeyCode.DOWN)
                .on("P", messages.text("key.phi"), this::togglePhi, KeyCode.P)
                .on("H", messages.text("key.overlay"), () -> triage.results().toggleOverlay(), KeyCode.H)
                .on("N / B", messages.text("key.worklistStep"), () -> triage.worklist().step(1), KeyCode.N)
                .onHidden(() -> triage.worklist().step(-1), KeyCode.B);
    }

    /** Menu accelerators and mouse gestures: handled elsewhere, listed so the help is complete. */
    private void describeMenuKeys(KeyBindings k) {
        k.describe("Ctrl+O", messages.text("key.openFile"))
                .describe("Ctrl+Shift+O", messages.text("key.openFolder"))
                .describe("Ctrl+1 / 2 / 3", messages.text("key.modes"))
                .describe("Ctrl+Q", messages.text("key.quit"))
                .describe("Ctrl+Z", messages.text("key.undo"))
                .describe(messages.text("gesture.wheel"), messages.text("key.wheel"))
                .describe(messages.text("gesture.leftDrag"), messages.text("key.pan"))
                .describe(messages.text("gesture.rightDrag"), messages.text("key.window"))
                .describe(messages.text("gesture.pinch"), messages.text("key.pinch"))
                .describe(messages.text("gesture.drop"), messages.text("key.drop"));
    }

    private void togglePhi() {
        javafx.beans.property.BooleanProperty phi = model.viewport().overlay().showPhiProperty();
        phi.set(!phi.get());
    }

    /**
     * Keys are filtered at the scene, not this node: with nothing focused (e.g. right after start) key events
     * target the scene itself and would never reach a filter on the root.
     */
    public void installKeys(Scene scene) {
        // typing a threshold or a note into a text field must not zoom, invert or switch studies
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!typing(scene)) {
                keys.get(current.mode()).handlePressed(e);
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!typing(scene)) {
                keys.get(current.mode()).handleTyped(e);
            }
        });
    }

    private static boolean typing(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl t && t.isEditable();
    }

    public void showHelp() {
        model.dialogs().showHelp(shortcuts());
    }

    /** The keys of the mode on screen, as the help window lists them. */
    public List<Shortcut> shortcuts() {
        return keys.get(current.mode()).help();
    }

    /** The keys of any mode (tests check that every mode's help is complete). */
    public List<Shortcut> shortcuts(Mode mode) {
        return keys.get(mode).help();
    }

    private void openFile(DialogService.OpenKind kind) {
        model.dialogs().chooseFile(kind).ifPresent(model::open);
    }

    private void openFolder() {
        model.dialogs().chooseFolder().ifPresent(model::open);
    }

    private MenuBar menuBar(ViewportViewModel vp, RadiologistView radiologist) {
        MenuItem openFile = item("menu.openFile", () -> openFile(DialogService.OpenKind.FILE));
        openFile.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem openFolder = item("menu.openFolder", this::openFolder);
        openFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        MenuItem openDicomdir = item("menu.openDicomdir", () -> openFile(DialogService.OpenKind.DICOMDIR));
        MenuItem openZip = item("menu.openZip", () -> openFile(DialogService.OpenKind.ZIP));
        Menu recentMenu = new Menu(messages.text("menu.recent"));
        recentMenu.setId("menu-recent");
        Runnable fillRecent = () -> {
            recentMenu.getItems().setAll(model.recent().entries().stream()
                    .map(p -> plainItem(p.toString(), () -> model.open(p))).toList());
            recentMenu.setDisable(recentMenu.getItems().isEmpty());
        };
        model.recent().entries().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem exit = item("menu.quit", quit);
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu(messages.text("menu.file"), null, openFile, openFolder, openDicomdir, openZip,
                recentMenu, new SeparatorMenuItem(), exit);

        CheckMenuItem invert = new CheckMenuItem(messages.text("menu.invert"));
        invert.selectedProperty().bindBidirectional(vp.invertProperty());
        CheckMenuItem phi = new CheckMenuItem(messages.text("menu.phi"));
        phi.setId("menu-phi");
        phi.selectedProperty().bindBidirectional(vp.overlay().showPhiProperty());
        Menu presets = new Menu(messages.text("menu.presets"));
        vp.presets().addListener((ListChangeListener<NamedPreset>) c -> {
            List<MenuItem> items = new ArrayList<>();
            for (int i = 0; i < vp.presets().size(); i++) {
                int index = i;
                String key = i < 9 ? " (" + (i + 1) + ")" : "";
                items.add(plainItem(vp.presets().get(i).name() + key, () -> vp.applyPreset(index)));
            }
            presets.getItems().setAll(items);
        });
        Menu view = new Menu(messages.text("menu.view"), null, item("menu.fit", vp::fit),
                item("menu.actualSize", vp::actualSize), item("menu.reset", vp::reset), invert, presets,
                new SeparatorMenuItem(), phi);
        // Ctrl+Z in a note field means "undo my typing", never "undo my last decision"
        MenuItem undo = item("menu.undo", () -> {
            if (getScene() == null || !typing(getScene())) {
                triage.review().undo();
            }
        });
        undo.setId("menu-review-undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        MenuItem accept = item("menu.accept", () -> triage.review().accept());
        MenuItem reject = item("menu.reject", radiologist::openReject);
        MenuItem modify = item("menu.modify", radiologist::openModify);
        radiologistOnly.addAll(List.of(accept, reject, modify));
        Menu reviewMenu = new Menu(messages.text("menu.review"), null, accept, reject, modify, undo);
        Menu help = new Menu(messages.text("menu.help"), null, item("menu.keys", this::showHelp));
        MenuBar bar = new MenuBar(file, view, reviewMenu, modeMenu(), help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Mode ▸ one radio item per mode, Ctrl+1/2/3, kept in step with the preference (the one source of truth). */
    private Menu modeMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(messages.text("menu.mode"));
        menu.setId("menu-mode");
        for (Mode mode : Mode.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.text("mode." + mode.id()));
            item.setId("menu-mode-" + mode.id());
            item.setToggleGroup(group);
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (mode.ordinal() + 1)));
            item.setSelected(preferences.modeProperty().get() == mode);
            item.setOnAction(e -> preferences.modeProperty().set(mode));
            preferences.modeProperty().addListener((obs, old, now) -> item.setSelected(now == mode));
            menu.getItems().add(item);
        }
        return menu;
    }

    private MenuItem item(String key, Runnable action) {
        return plainItem(messages.text(key), action);
    }

    private static MenuItem plainItem(String text, Runnable action) {
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
