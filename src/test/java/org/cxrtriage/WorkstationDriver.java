package org.cxrtriage;

import javafx.scene.control.ButtonBase;
import org.cxrtriage.ui.Readiness;
import org.cxrtriage.ui.WorkstationWindow;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the TestFX tests do to the real window again and again: open and wait, read a label, press a button. */
public final class WorkstationDriver {
    private WorkstationDriver() {
    }

    /** Opens {@code path} and waits until it is displayed and analysed; fails with the window's reason if not. */
    public static void openAndWait(WorkstationWindow window, Path path) throws Exception {
        fx(() -> {
            window.model().open(path);
            return null;
        });
        waitUntil(() -> fx(() -> window.model().readinessProperty().get().isFinal()));
        Readiness r = fx(() -> window.model().readinessProperty().get());
        assertEquals(Readiness.State.READY, r.state(), r.detail());
    }

    /** The text of the label (or button) {@code query} finds. */
    public static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryLabeled().getText());
    }

    /** Fires the button {@code query} finds, as a click would (also when it lies below a small screen's edge). */
    public static void fire(FxRobot robot, String query) {
        fx(() -> {
            robot.lookup(query).queryAs(ButtonBase.class).fire();
            return null;
        });
    }
}
