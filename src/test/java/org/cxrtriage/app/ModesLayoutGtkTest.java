package org.cxrtriage.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link ModesLayoutTest} with GTK's real fonts and metrics under Xvfb, where the README screenshots are made. */
@Tag("xvfb")
class ModesLayoutGtkTest extends ModesLayoutTest {

    /** TestFX looks for {@code @Start} on the test class itself, not on its superclass. */
    @Start
    @Override
    void start(Stage stage) {
        super.start(stage);
    }

    @BeforeEach
    void onlyUnderXvfb() {
        assumeTrue(Boolean.getBoolean("cxr.xvfb.pass"), "runs in the Xvfb/GTK pass only");
    }
}
