package org.cxrtriage.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What one user chose for themselves and expects back next time: the reading mode. A properties file in the
 * user's data folder, saved whenever a choice changes; an unreadable or unknown value falls back to the default
 * (the radiologist's mode) with a log line, never a failed start.
 */
public final class UserPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(UserPreferences.class);
    private static final String MODE = "mode";

    private final PropertiesFile file;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.RADIOLOGIST);

    public UserPreferences(Path file) {
        this.file = new PropertiesFile(file);
        load();
        mode.addListener((obs, old, now) -> save());
    }

    /** The mode the workstation shows; a change is remembered for the next start. */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    private void load() {
        Properties p;
        try {
            p = file.read();
        } catch (IOException e) {
            LOG.warn("preferences {} unreadable ({}); using the defaults", file.path(), e.getMessage());
            return;
        }
        String value = p.getProperty(MODE);
        if (value != null) {
            Mode.byId(value).ifPresentOrElse(mode::set,
                    () -> LOG.warn("preferences {}: unknown mode '{}'; using {}", file.path(), value, mode.get().id()));
        }
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty(MODE, mode.get().id());
        try {
            file.write(p, "CXR Triage user preferences");
        } catch (IOException e) {
            LOG.warn("preferences {} could not be saved: {}", file.path(), e.getMessage());
        }
    }
}
