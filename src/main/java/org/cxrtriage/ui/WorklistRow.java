package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.Study;

import java.util.List;

/**
 * One study in the worklist: its highest score over its analysed images, its flag state against the site
 * threshold, and its review state (from the review store). No patient data.
 */
public final class WorklistRow {
    private final Study study;
    private final List<Instance> images;
    private final String label;
    private final ReadOnlyObjectWrapper<Double> highest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FlagState> flag = new ReadOnlyObjectWrapper<>(FlagState.PENDING);
    private final ReadOnlyStringWrapper review = new ReadOnlyStringWrapper(PENDING);

    /** Review column codes (the view shows their words): every flag of the study decided, or not yet. */
    public static final String REVIEWED = "reviewed";
    public static final String PENDING = "pending";

    WorklistRow(Study study, List<Instance> images, String label) {
        this.study = study;
        this.images = List.copyOf(images);
        this.label = label;
    }

    public Study study() {
        return study;
    }

    public List<Instance> images() {
        return images;
    }

    /** Description and date, or the study number in the folder when both are empty. */
    public String label() {
        return label;
    }

    /** Highest probability over the study's scored images; null while none is scored. */
    public ReadOnlyObjectProperty<Double> highestProperty() {
        return highest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FlagState> flagProperty() {
        return flag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reviewProperty() {
        return review.getReadOnlyProperty();
    }

    void reviewed(boolean done) {
        review.set(done ? REVIEWED : PENDING);
    }

    void update(Double highestScore, FlagState state) {
        highest.set(highestScore);
        flag.set(state);
    }
}
