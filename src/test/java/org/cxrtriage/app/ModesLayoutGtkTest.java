package org.cxrtriage.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link ModesLayoutTest} with GTK's real fonts and metrics under Xvfb, where the README screenshots are made. */
@Tag("xvfb")
class ModesLayoutGtkTest extends ModesLayoutTest {
    @BeforeEach
    void onlyUnderXvfb() {
        assumeTrue(Boolean.getBoolean("cxr.xvfb.pass"), "runs in the Xvfb/GTK pass only");
    }
}
