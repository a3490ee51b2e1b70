package org.cxrtriage.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.cxrtriage.ui.BrowserItem;
import org.cxrtriage.ui.Mode;
import org.cxrtriage.ui.Readiness;
import org.cxrtriage.ui.WorkstationWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every mode at exactly 1366x768 with a flagged film open and analysed: no visible control lies outside the window
 * (a scroll pane's content counts as reachable), and no label or button shows its text cut short with an ellipsis.
 * Runs on Monocle here and on real GTK fonts in {@link ModesLayoutGtkTest}.
 */
@ExtendWith(ApplicationExtension.class)
class ModesLayoutTest {
    @TempDir
    Path temp;
    private TestWorkstation workstation;
    private WorkstationWindow window;

    @Start
    void start(Stage stage) {
        workstation = TestWorkstation.show(stage, temp);
        window = workstation.window;
    }

    @AfterEach
    void stop() {
        workstation.close();
    }

    @Test
    void nothingIsClippedAt1366x768InAnyMode() throws Exception {
        fx(() -> {
            window.resize(1366, 768);
            window.model().open(Path.of("samples"));
            return null;
        });
        waitUntil(() -> fx(() -> window.scene().getWidth() == 1366 && window.scene().getHeight() == 768));
        waitUntil(() -> fx(() -> window.model().readinessProperty().get().state() == Readiness.State.READY));
        BrowserItem flagged = fx(() -> window.model().browser().items().stream()
                .filter(i -> i.instance().source().getFileName().toString().startsWith("RG1")).findFirst()
                .orElseThrow());
        fx(() -> {
            window.model().browser().selectedProperty().set(flagged);
            return null;
        });
        waitUntil(() -> fx(() -> window.triage().review().currentProperty().get() != null));
        for (Mode mode : Mode.values()) {
            fx(() -> {
                window.preferences().modeProperty().set(mode);
                return null;
            });
            waitUntil(() -> fx(() -> window.view().mode() == mode && !window.scene().getRoot().isNeedsLayout()));
            List<String> problems = fx(() -> {
                window.scene().getRoot().applyCss();
                window.scene().getRoot().layout();
                List<String> found = new ArrayList<>();
                check(window.scene().getRoot(), window.scene().getWidth(), window.scene().getHeight(), found);
                return found;
            });
            assertEquals(List.of(), problems, mode + " at 1366x768");
        }
    }

    private static void check(Node node, double width, double height, List<String> problems) {
        if (!node.isVisible() || node instanceof ScrollPane) {
            return; // a scroll pane's content is reachable by scrolling; the pane itself was checked as a control
        }
        if (node instanceof Control control && !node.getStyleClass().contains("overlay-text")) {
            javafx.geometry.Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                problems.add(describe(control) + " outside the window: " + b);
            }
            // table cells hold data and may be cut like in any table (the column can be widened); headings may not
            if (control instanceof Labeled labeled && !(control instanceof javafx.scene.control.IndexedCell)
                    && labeled.getText() != null && !labeled.getText().isEmpty()) {
                Node shownText = labeled.lookup(".text");
                if (shownText instanceof Text t && !t.getText().equals(labeled.getText())) {
                    problems.add(describe(control) + " cut to '" + t.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                check(child, width, height, problems);
            }
        }
    }

    private static String describe(Control control) {
        String text = control instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : " #" + control.getId()) + text;
    }
}
