package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.imaging.DisplayPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main window's logic: opening studies (off the FX thread, with progress), reporting the files that failed,
 * feeding the browser and the viewport, and the {@link Readiness} a smoke run (and later the analysis) waits on.
 */
public final class WorkstationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkstationViewModel.class);

    private final StudyLoader loader;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RecentStudies recent;
    private final StatusBarViewModel status;
    private final StudyBrowserViewModel browser;
    private final ViewportViewModel viewport;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Readiness> readiness = new ReadOnlyObjectWrapper<>(Readiness.IDLE);
    private final List<ObservableBooleanValue> readyGates = new ArrayList<>();
    private int displayedAtOpen;
    private String firstFailure;

    public WorkstationViewModel(StudyLoader loader, FrameDecoder decoder, DisplayPipeline pipeline,
                                TaskExecutor executor, DialogService dialogs, RecentStudies recent,
                                StatusBarViewModel status, Messages messages) {
        this.messages = messages;
        this.loader = loader;
        this.executor = executor;
        this.dialogs = dialogs;
        this.recent = recent;
        this.status = status;
        this.browser = new StudyBrowserViewModel(decoder, pipeline, executor, messages);
        this.viewport = new ViewportViewModel(decoder, pipeline, executor, this::cannotDisplay, messages);
        browser.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewport.open(now.instance(), now.seriesCaption());
            }
        });
        viewport.displayedCountProperty().addListener((obs, old, now) -> updateReadiness());
    }

    /** Opens a file, folder, DICOMDIR or zip; failures become a banner naming each file, never a dialog. */
    public void open(Path path) {
        open(path, true);
    }

    /** @param remember false for what the reader did not choose (a quiz film): it stays out of the recent list */
    public void open(Path path, boolean remember) {
        Path target = path.toAbsolutePath().normalize();
        String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        readiness.set(new Readiness(Readiness.State.LOADING, "opening " + name));
        status.setMessage(messages.format("status.opening", name));
        displayedAtOpen = viewport.displayedCountProperty().get();
        firstFailure = null;
        executor.submit(messages.format("task.reading", name), progress -> loader.load(target, progress::update),
                result -> opened(target, name, result, remember),
                failure -> {
                    String reason = ViewportViewModel.reasonOf(failure);
                    if (!(failure instanceof DicomException)) {
                        LOG.error("opening failed unexpectedly", failure);
                    }
                    fail(name + ": " + reason);
                    dialogs.error(messages.format("notice.couldNotOpen", name), List.of(reason));
                });
    }

    private void opened(Path target, String name, LoadResult result, boolean remember) {
        if (remember) {
            recent.add(target);
        }
        if (!result.failures().isEmpty()) {
            List<String> lines = result.failures().stream()
                    .map(f -> display(target, f.file()) + ": " + f.reason()).toList();
            dialogs.error(messages.format("notice.filesFailed", result.failures().size()), lines);
        }
        int images = browser.show(result.studies());
        if (images == 0) {
            String reason = result.skippedNonDicom() > 0
                    ? messages.format("status.noImagesSkipped", name, result.skippedNonDicom())
                    : messages.format("status.noImages", name);
            fail(reason);
            dialogs.error(messages.text("notice.nothingToDisplay"), List.of(reason));
            status.setMessage(reason);
            return;
        }
        status.setMessage(messages.format(result.failures().isEmpty() ? "status.opened" : "status.openedWithFailures",
                name, images, result.studies().size(), result.failures().size()));
        browser.selectedProperty().set(browser.items().get(0));
    }

    /** A path as short as is still unambiguous: relative to the opened folder, else the file name. */
    private static String display(Path root, Path file) {
        if (file == null) {
            return "?";
        }
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(root) && !abs.equals(root)) {
            return root.relativize(abs).toString();
        }
        return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    }

    /**
     * The selected image cannot be shown. While a study is still opening, the next image is tried, so one file
     * with an unsupported encoding does not leave the reader (or a smoke run) with nothing on screen.
     */
    private void cannotDisplay(Instance instance, String reason) {
        String file = instance == null ? messages.text("notice.anImage") : instance.source().getFileName().toString();
        dialogs.error(messages.format("notice.cannotDisplay", file), List.of(reason));
        if (readiness.get().state() != Readiness.State.LOADING) {
            return;
        }
        if (firstFailure == null) {
            firstFailure = file + ": " + reason;
        }
        List<BrowserItem> items = browser.items();
        int index = items.indexOf(browser.selectedProperty().get());
        if (index >= 0 && index + 1 < items.size()) {
            browser.step(1);
        } else {
            fail(items.size() > 1 ? "none of the " + items.size() + " images could be displayed; first: " + firstFailure
                    : firstFailure);
        }
    }

    /**
     * Adds a condition READY also waits for (the analysis registers one); it is re-checked whenever it changes.
     */
    public void addReadyGate(ObservableBooleanValue gate) {
        readyGates.add(gate);
        gate.addListener((obs, old, now) -> updateReadiness());
    }

    /** Marks the current open as failed (also for collaborators such as the analysis). */
    public void fail(String reason) {
        readiness.set(new Readiness(Readiness.State.FAILED, reason));
    }

    private void updateReadiness() {
        if (readiness.get().state() != Readiness.State.LOADING) {
            return;
        }
        boolean displayed = viewport.displayedCountProperty().get() > displayedAtOpen;
        if (displayed && readyGates.stream().allMatch(ObservableBooleanValue::get)) {
            readiness.set(new Readiness(Readiness.State.READY, "first image displayed"));
        }
    }

    public ReadOnlyObjectProperty<Readiness> readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    public StudyBrowserViewModel browser() {
        return browser;
    }

    public ViewportViewModel viewport() {
        return viewport;
    }

    public StatusBarViewModel status() {
        return status;
    }

    public RecentStudies recent() {
        return recent;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public TaskExecutor executor() {
        return executor;
    }
}
