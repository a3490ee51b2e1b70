package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Status bar state: a message, and the progress of the background work in flight (the most recent task's title
 * and fraction; indeterminate while it cannot tell). Listens to the {@link TaskExecutor}.
 */
public final class StatusBarViewModel implements TaskExecutor.Listener {
    private final Messages messages;
    private final ReadOnlyStringWrapper message;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Map<Object, String> running = new LinkedHashMap<>();

    public StatusBarViewModel(Messages messages) {
        this.messages = messages;
        this.message = new ReadOnlyStringWrapper(messages.text("status.ready"));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void setMessage(String text) {
        message.set(text);
    }

    @Override
    public void started(Object task, String title) {
        running.put(task, title);
        progress.set(-1);
        refresh();
    }

    @Override
    public void progressed(Object task, String title, double fraction) {
        if (running.containsKey(task)) {
            progress.set(fraction);
        }
    }

    @Override
    public void finished(Object task) {
        running.remove(task);
        refresh();
    }

    private void refresh() {
        busy.set(!running.isEmpty());
        String latest = running.values().stream().reduce((a, b) -> b).orElse("");
        int others = running.size() - 1;
        activity.set(others > 0 ? messages.format("status.activityMore", latest, others) : latest);
        if (running.isEmpty()) {
            progress.set(0);
        }
    }
}
