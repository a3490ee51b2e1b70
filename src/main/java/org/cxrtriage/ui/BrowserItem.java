package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.Series;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.imaging.GreyImage;

/** One image in the study browser: the instance, where it belongs, and its thumbnail once rendered. */
public final class BrowserItem {
    private final Study study;
    private final Series series;
    private final Instance instance;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<GreyImage> thumbnail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>();

    BrowserItem(Study study, Series series, Instance instance, Messages messages) {
        this.messages = messages;
        this.study = study;
        this.series = series;
        this.instance = instance;
    }

    public Study study() {
        return study;
    }

    public Series series() {
        return series;
    }

    public Instance instance() {
        return instance;
    }

    /** "Series 2" (plus its description): no patient data, safe for the overlay. */
    public String seriesCaption() {
        // numbers that name things go in as text: a MessageFormat number would become "1,001"
        String number = series.seriesNumber() == Integer.MAX_VALUE ? "–" : String.valueOf(series.seriesNumber());
        return series.description().isBlank() ? messages.format("browser.series", number)
                : messages.format("browser.seriesDescribed", number, series.description());
    }

    /** Browser line: modality, view, image number and frames, then the series. */
    public String caption() {
        StringBuilder line = new StringBuilder(java.util.Objects.toString(instance.modality(), ""));
        if (instance.viewPosition() != null && !instance.viewPosition().isBlank()) {
            line.append(' ').append(instance.viewPosition());
        }
        if (instance.instanceNumber() != Integer.MAX_VALUE) {
            line.append(' ').append(messages.format("browser.image", String.valueOf(instance.instanceNumber())));
        }
        if (instance.frameCount() > 1) {
            line.append(' ').append(messages.format("browser.frames", String.valueOf(instance.frameCount())));
        }
        return line.append('\n').append(seriesCaption()).toString();
    }

    /** The file name only: no folder (folders are sometimes named after patients). */
    public String fileName() {
        return instance.source().getFileName().toString();
    }

    public ReadOnlyObjectProperty<GreyImage> thumbnailProperty() {
        return thumbnail.getReadOnlyProperty();
    }

    /** Why the thumbnail could not be made; null while fine. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setThumbnail(GreyImage image) {
        thumbnail.set(image);
    }

    void setProblem(String reason) {
        problem.set(reason);
    }
}
