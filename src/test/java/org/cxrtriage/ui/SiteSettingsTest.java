package org.cxrtriage.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteSettingsTest {
    @TempDir
    Path temp;

    @Test
    void theSitesNextStepSentencesSurviveAThresholdChange() throws Exception {
        Path file = temp.resolve("site.properties");
        Files.writeString(file, "pointOfCare.nextStep.flagged=Xpert today, radiologist read tomorrow\n"
                + "pointOfCare.nextStep.notFlagged=   \n");
        SiteSettings settings = new SiteSettings(file);
        assertEquals(Optional.of("Xpert today, radiologist read tomorrow"), settings.nextStepFlagged());
        assertEquals(Optional.empty(), settings.nextStepNotFlagged(), "a blank sentence means the default");
        assertTrue(Double.isNaN(settings.thresholdProperty().get()));

        settings.thresholdProperty().set(0.42);
        SiteSettings reread = new SiteSettings(file);
        assertEquals(0.42, reread.thresholdProperty().get(), 0);
        assertEquals(Optional.of("Xpert today, radiologist read tomorrow"), reread.nextStepFlagged());
        assertEquals(0.42, reread.effectiveThreshold(0.5), 0, "the site's threshold wins over the model's");
    }

    @Test
    void aThresholdOutsideZeroToOneOrUnreadableIsIgnored() throws Exception {
        Path file = temp.resolve("site.properties");
        Files.writeString(file, "threshold=1.5\n");
        assertEquals(0.66, new SiteSettings(file).effectiveThreshold(0.66), 0);
        Files.writeString(file, "threshold=high\n");
        assertEquals(0.66, new SiteSettings(file).effectiveThreshold(0.66), 0);
    }
}
