package org.cxrtriage.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything that talks to the user outside the main window's own controls: non-blocking notices, file choosers
 * and the help window. View models use this so they never build dialogs themselves.
 */
public interface DialogService {

    /** Non-blocking error banner: a headline and one "file: reason" line per failure. */
    void error(String title, List<String> details);

    /** Non-blocking information that fades by itself. */
    void info(String message);

    /** File chooser for the kind of input named (DICOM file, DICOMDIR, zip); empty when cancelled. */
    Optional<Path> chooseFile(OpenKind kind);

    Optional<Path> chooseFolder();

    /** Save chooser for a PNG (a teaching slide); empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName);

    /** The keyboard and mouse help, non-modal. */
    void showHelp(List<Shortcut> shortcuts);

    /** What the user wants to open, for the chooser's title and filter. */
    enum OpenKind { FILE, DICOMDIR, ZIP, TEACHING_SET }
}
