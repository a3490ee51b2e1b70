package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.Series;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.imaging.GreyImage;

import java.util.Locale;

/** One image in the study browser: the instance, where it belongs, and its thumbnail once rendered. */
public final class BrowserItem {
    private final Study study;
    private final Series series;
    private final Instance instance;
    private final ReadOnlyObjectWrapper<GreyImage> thumbnail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>();

    BrowserItem(Study study, Series series, Instance instance) {
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
        String number = series.seriesNumber() == Integer.MAX_VALUE ? " –" : " " + series.seriesNumber();
        return "Series" + number + (series.description().isBlank() ? "" : "  " + series.description());
    }

    /** Browser line: modality, series, image number and view. */
    public String caption() {
        String image = instance.instanceNumber() == Integer.MAX_VALUE ? "" : " #" + instance.instanceNumber();
        String view = instance.viewPosition() == null || instance.viewPosition().isBlank()
                ? "" : " " + instance.viewPosition();
        String frames = instance.frameCount() > 1 ? String.format(Locale.ROOT, " (%d fr)", instance.frameCount()) : "";
        return instance.modality() + view + image + frames + "\n" + seriesCaption();
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
