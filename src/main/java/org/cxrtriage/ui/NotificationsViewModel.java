package org.cxrtriage.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The notices currently shown in the in-window banner, newest last. Never blocks, never modal. */
public final class NotificationsViewModel {
    /** Old notices drop off so a folder of broken files cannot bury the viewport. */
    static final int MAX_SHOWN = 4;

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    public ObservableList<Notice> notices() {
        return notices;
    }

    public void post(Notice notice) {
        notices.add(notice);
        while (notices.size() > MAX_SHOWN) {
            notices.remove(0);
        }
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }
}
