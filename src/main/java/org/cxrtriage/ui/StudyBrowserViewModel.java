package org.cxrtriage.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.Series;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The images of the open studies, in study / series / instance order, with thumbnails made off the FX thread one
 * after another (so they never compete with the image the reader is waiting for more than one worker's worth).
 */
public final class StudyBrowserViewModel {
    static final int THUMBNAIL_SIZE = 112;
    private static final Logger LOG = LoggerFactory.getLogger(StudyBrowserViewModel.class);

    private final FrameDecoder decoder;
    private final DisplayPipeline pipeline;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<BrowserItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<BrowserItem> selected = new SimpleObjectProperty<>();
    private List<BrowserItem> thumbnailQueue = List.of();
    private TaskExecutor.Cancellable thumbnailTask = () -> { };

    public StudyBrowserViewModel(FrameDecoder decoder, DisplayPipeline pipeline, TaskExecutor executor,
                                 Messages messages) {
        this.messages = messages;
        this.decoder = decoder;
        this.pipeline = pipeline;
        this.executor = executor;
    }

    /** Replaces the browser content; returns the number of images. Thumbnails start once called. */
    public int show(List<Study> studies) {
        thumbnailTask.cancel();
        List<BrowserItem> next = new ArrayList<>();
        for (Study study : studies) {
            for (Series series : study.series()) {
                for (Instance instance : series.instances()) {
                    if (instance.hasPixels()) {
                        next.add(new BrowserItem(study, series, instance, messages));
                    }
                }
            }
        }
        selected.set(null);
        items.setAll(next);
        thumbnailQueue = List.copyOf(next);
        nextThumbnail(0);
        return next.size();
    }

    private void nextThumbnail(int index) {
        List<BrowserItem> queue = thumbnailQueue;
        if (index >= queue.size()) {
            return;
        }
        BrowserItem item = queue.get(index);
        thumbnailTask = executor.submit(messages.format("task.thumbnails", index + 1, queue.size()),
                progress -> thumbnail(item.instance()),
                image -> {
                    item.setThumbnail(image);
                    continueIfCurrent(queue, index);
                },
                failure -> {
                    String reason = ViewportViewModel.reasonOf(failure);
                    LOG.warn("thumbnail of {} failed: {}", item.fileName(), reason);
                    item.setProblem(reason);
                    continueIfCurrent(queue, index);
                });
    }

    private void continueIfCurrent(List<BrowserItem> queue, int index) {
        if (queue == thumbnailQueue) {
            nextThumbnail(index + 1);
        }
    }

    private GreyImage thumbnail(Instance instance) throws Exception {
        return Thumbnails.downscale(pipeline.renderDefault(decoder.decode(instance, 0), instance.pixels()),
                THUMBNAIL_SIZE);
    }

    public ObservableList<BrowserItem> items() {
        return items;
    }

    public ObjectProperty<BrowserItem> selectedProperty() {
        return selected;
    }

    /** Moves the selection by delta (Page Up / Page Down), staying inside the list. */
    public void step(int delta) {
        if (items.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? 0 : items.indexOf(selected.get()) + delta;
        selected.set(items.get(Math.max(0, Math.min(items.size() - 1, index))));
    }
}
