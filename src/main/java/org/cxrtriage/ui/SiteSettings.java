package org.cxrtriage.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Site preferences kept in a properties file: the operating threshold a site chose for flagging (NaN = use the
 * model's own). A site lowers it to catch more TB at the cost of more films to review; the model card says what
 * each threshold did on the evaluation sets. Saved whenever it changes.
 */
public final class SiteSettings {
    private static final Logger LOG = LoggerFactory.getLogger(SiteSettings.class);
    private static final String THRESHOLD = "threshold";

    private final Path file;
    private final DoubleProperty threshold = new SimpleDoubleProperty(Double.NaN);

    public SiteSettings(Path file) {
        this.file = file;
        load();
        threshold.addListener((obs, old, now) -> save());
    }

    /** The site's threshold, or NaN while the site uses the model's own. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The threshold in force: the site's, else the model's. */
    public double effectiveThreshold(double modelThreshold) {
        double t = threshold.get();
        return Double.isNaN(t) ? modelThreshold : t;
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            String value = p.getProperty(THRESHOLD, "").trim();
            if (!value.isEmpty()) {
                double t = Double.parseDouble(value);
                if (t > 0 && t < 1) {
                    threshold.set(t);
                } else {
                    LOG.warn("site threshold {} in {} is outside (0, 1); using the model's", t, file);
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("site settings {} unreadable ({}); using the model's threshold", file, e.getMessage());
        }
    }

    private void save() {
        Properties p = new Properties();
        if (!Double.isNaN(threshold.get())) {
            p.setProperty(THRESHOLD, Double.toString(threshold.get()));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                p.store(out, "CXR Triage site settings");
            }
        } catch (IOException e) {
            LOG.warn("site settings {} could not be saved: {}", file, e.getMessage());
        }
    }
}
