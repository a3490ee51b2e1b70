package org.cxrtriage.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserPreferencesTest {
    @TempDir
    Path temp;

    @Test
    void aChosenModeIsThereAtTheNextStart() throws Exception {
        Path file = temp.resolve("prefs/preferences.properties");
        UserPreferences first = new UserPreferences(file);
        assertEquals(Mode.RADIOLOGIST, first.modeProperty().get(), "the radiologist's mode is the default");
        first.modeProperty().set(Mode.POINT_OF_CARE);
        assertTrue(Files.isRegularFile(file));
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "written through a temp file that is gone");
        }
        assertEquals(Mode.POINT_OF_CARE, new UserPreferences(file).modeProperty().get());
    }

    @Test
    void anUnknownOrUnreadableFileFallsBackToTheDefault() throws Exception {
        Path file = temp.resolve("preferences.properties");
        Files.writeString(file, "mode=surgeon\n");
        assertEquals(Mode.RADIOLOGIST, new UserPreferences(file).modeProperty().get());
        Files.write(file, new byte[] {'m', 'o', 'd', 'e', '=', '\\', 'u', '0', '0'}); // a broken \\u escape
        assertEquals(Mode.RADIOLOGIST, new UserPreferences(file).modeProperty().get());
    }

    @Test
    void modesAreFoundByTheirCommandLineNames() {
        assertEquals(Optional.of(Mode.TEACHING), Mode.byId(" Teaching "));
        assertEquals(Optional.of(Mode.POINT_OF_CARE), Mode.byId("point-of-care"));
        assertEquals(Optional.empty(), Mode.byId("poc"));
        assertEquals(Optional.empty(), Mode.byId(null));
        assertEquals("radiologist, point-of-care or teaching", Mode.choices());
    }
}
