package org.cxrtriage.ui;

import java.util.List;

/** A non-blocking message for the notification banner: a headline and, for errors, one line per failed file. */
public record Notice(Level level, String title, List<String> details) {
    public enum Level { INFO, WARNING, ERROR }

    public Notice {
        details = List.copyOf(details);
    }
}
