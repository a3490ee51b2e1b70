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
 * @param size       "WIDTHxHEIGHT" of the window's content, or null for the screen's size (up to 1600x1000)
 */
public record WorkstationOptions(Path open, boolean smoke, Path screenshot, String mode, String size) {

    /** A window content size such as 1366x768. */
    public record Size(int width, int height) {
    }

    /**
     * The parsed {@code --window-size}; a malformed one is refused with the form it must have.
     */
    public Optional<Size> windowSize() {
        if (size == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{3,5})x(\\d{3,5})").matcher(size.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("window size '" + size + "' is not WIDTHxHEIGHT, e.g. 1366x768");
        }
        return Optional.of(new Size(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

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
