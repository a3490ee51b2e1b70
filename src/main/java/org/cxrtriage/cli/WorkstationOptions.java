package org.cxrtriage.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the workstation was asked to start.
 *
 * @param open       study to open (DICOM or PNG/JPEG file, folder, DICOMDIR, zip); null opens the bundled sample study
 * @param smoke      start, open, wait until displayed (and analysed), screenshot if asked, exit with a status
 * @param screenshot PNG to write of the main window once the study is displayed; null for none
 * @param mode       reading mode name, or null for the remembered one
 */
public record WorkstationOptions(Path open, boolean smoke, Path screenshot, String mode) {

    public Optional<Path> studyToOpen() {
        return Optional.ofNullable(open);
    }

    public Optional<Path> screenshotFile() {
        return Optional.ofNullable(screenshot);
    }

    public Optional<String> requestedMode() {
        return Optional.ofNullable(mode);
    }
}
