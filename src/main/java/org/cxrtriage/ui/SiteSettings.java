package org.cxrtriage.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Site preferences kept in a properties file: the operating threshold a site chose for flagging (NaN = use the
 * model's own; a site lowers it to catch more TB at the cost of more films to review, and the model card says what
 * each threshold did on the evaluation sets), and the next-step sentences its TB pathway puts on the
 * point-of-care card ({@code pointOfCare.nextStep.flagged} / {@code .notFlagged}, written in the file by the
 * site). Saved whenever the threshold changes.
 */
public final class SiteSettings {
    private static final Logger LOG = LoggerFactory.getLogger(SiteSettings.class);
    private static final String THRESHOLD = "threshold";
    private static final String NEXT_FLAGGED = "pointOfCare.nextStep.flagged";
    private static final String NEXT_NOT_FLAGGED = "pointOfCare.nextStep.notFlagged";

    private final PropertiesFile file;
    private final DoubleProperty threshold = new SimpleDoubleProperty(Double.NaN);
    /** The site's own next-step sentences for the point-of-care card (its TB pathway); null = the default text. */
    private String nextStepFlagged;
    private String nextStepNotFlagged;

    public SiteSettings(Path file) {
        this.file = new PropertiesFile(file);
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

    /** What the point-of-care card tells the clinician to do after a "likely" result, if the site wrote it. */
    public java.util.Optional<String> nextStepFlagged() {
        return java.util.Optional.ofNullable(nextStepFlagged);
    }

    /** The same after a "not likely" result. */
    public java.util.Optional<String> nextStepNotFlagged() {
        return java.util.Optional.ofNullable(nextStepNotFlagged);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void load() {
        try {
            Properties p = file.read();
            nextStepFlagged = blankAsNull(p.getProperty(NEXT_FLAGGED));
            nextStepNotFlagged = blankAsNull(p.getProperty(NEXT_NOT_FLAGGED));
            String value = p.getProperty(THRESHOLD, "").trim();
            if (!value.isEmpty()) {
                double t = Double.parseDouble(value);
                if (t > 0 && t < 1) {
                    threshold.set(t);
                } else {
                    LOG.warn("site threshold {} in {} is outside (0, 1); using the model's", t, file.path());
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("site settings {} unreadable ({}); using the model's threshold", file.path(), e.getMessage());
        }
    }

    private void save() {
        Properties p = new Properties();
        if (!Double.isNaN(threshold.get())) {
            p.setProperty(THRESHOLD, Double.toString(threshold.get()));
        }
        // written back unchanged: saving the threshold must not drop the sentences the site wrote
        if (nextStepFlagged != null) {
            p.setProperty(NEXT_FLAGGED, nextStepFlagged);
        }
        if (nextStepNotFlagged != null) {
            p.setProperty(NEXT_NOT_FLAGGED, nextStepNotFlagged);
        }
        try {
            file.write(p, "CXR Triage site settings");
        } catch (IOException e) {
            LOG.warn("site settings {} could not be saved: {}", file.path(), e.getMessage());
        }
    }
}
