package org.cxrtriage.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The three ways of working the study behind the product named: a radiologist reading at a workstation, a
 * frontline clinician who needs a plain-language point-of-care answer, and a teacher showing where the model looks.
 * All three share one open study, one analysis and one review store; only the screen differs.
 */
public enum Mode {
    RADIOLOGIST("radiologist"),
    POINT_OF_CARE("point-of-care"),
    TEACHING("teaching");

    private final String id;

    Mode(String id) {
        this.id = id;
    }

    /** The name used on the command line ({@code --mode}) and in the preferences file. */
    public String id() {
        return id;
    }

    /** The mode with this command-line name (case-insensitive); empty for anything else. */
    public static Optional<Mode> byId(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }

    /** "radiologist, point-of-care or teaching", for error messages. */
    public static String choices() {
        String all = Arrays.stream(values()).map(Mode::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
