package org.cxrtriage.ui;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyBindingsTest {

    @Test
    void aKeyBoundTwiceIsRefusedNamingTheKey() {
        KeyBindings keys = new KeyBindings().on("R", "Reject", () -> { }, KeyCode.R);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> keys.on("R / Esc", "Reset", () -> { }, KeyCode.ESCAPE, KeyCode.R));
        assertTrue(e.getMessage().contains("R"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> keys.onHidden(() -> { }, KeyCode.R));
        assertEquals(1, keys.help().size(), "the refused line is not in the help");
    }
}
