package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.inference.triage.ImageAnalyser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Background analysis of the open folder's images, one image at a time through the {@link TaskExecutor} (so the
 * viewport's own decode always has the other worker). The image the reader is looking at jumps the queue;
 * opening something else or Stop cancels what is queued and the one in flight. Cached results (same SOP Instance
 * UID and model version) appear at once without a task.
 */
public final class AnalysisViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisViewModel.class);

    private final ImageAnalyser analyser;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableMap<String, AnalysisResult> results = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final Deque<Instance> queue = new ArrayDeque<>();
    private List<Instance> scope = List.of();
    private TaskExecutor.Cancellable current = () -> { };
    /** Bumped by every restart and stop, so callbacks of superseded tasks are recognised and dropped. */
    private int generation;

    public AnalysisViewModel(ImageAnalyser analyser, TaskExecutor executor, Messages messages) {
        this.messages = messages;
        this.analyser = analyser;
        this.executor = executor;
    }

    /** Analyses these images (the open folder), replacing whatever was being analysed. */
    public void analyse(List<Instance> instances) {
        stop();
        scope = List.copyOf(instances);
        results.clear();
        done.set(0);
        total.set(scope.size());
        for (Instance i : scope) {
            Optional<AnalysisResult> hit = analyser.cached(i);
            if (hit.isPresent()) {
                results.put(i.sopInstanceUid(), hit.get());
                done.set(done.get() + 1);
            } else {
                queue.add(i);
            }
        }
        next();
    }

    /** Analysis by hand: (re)start on the images of the open folder not analysed yet. */
    public void start() {
        if (!idle.get()) {
            return;
        }
        queue.clear();
        scope.stream().filter(i -> !results.containsKey(i.sopInstanceUid())).forEach(queue::add);
        next();
    }

    /** Stops at once: nothing more is analysed and the result in flight is dropped. */
    public void stop() {
        generation++;
        queue.clear();
        current.cancel();
        current = () -> { };
        idle.set(true);
    }

    /** The reader opened this image: analyse it next. */
    public void prioritise(Instance instance) {
        if (instance != null && queue.remove(instance)) {
            queue.addFirst(instance);
        }
    }

    private void next() {
        Instance target = queue.poll();
        if (target == null) {
            idle.set(true);
            return;
        }
        idle.set(false);
        int gen = generation;
        long finished = done.get();
        long all = total.get();
        current = executor.submit(messages.format("task.analysing", finished + 1, all), progress -> {
            progress.update(finished, all);
            return analyser.analyse(target, progress::isCancelled);
        }, result -> accept(gen, target, result), failure -> {
            if (gen == generation) {
                LOG.warn("analysis of {} failed", target.source().getFileName(), failure);
                accept(gen, target, new AnalysisResult.NotAnalysed(target.sopInstanceUid(),
                        messages.format("result.analysisFailed", ViewportViewModel.reasonOf(failure))));
            }
        });
    }

    private void accept(int gen, Instance target, AnalysisResult result) {
        if (gen != generation) {
            return;
        }
        results.put(target.sopInstanceUid(), result);
        done.set(done.get() + 1);
        next();
    }

    /** Results by SOP Instance UID, for the images of the open folder analysed so far. */
    public ObservableMap<String, AnalysisResult> results() {
        return results;
    }

    public Optional<AnalysisResult> result(Instance instance) {
        return instance == null ? Optional.empty() : Optional.ofNullable(results.get(instance.sopInstanceUid()));
    }

    /** True while nothing is queued or running: the smoke run's ready gate. */
    public ReadOnlyBooleanProperty idleProperty() {
        return idle.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The images being analysed: the open folder's. */
    public List<Instance> instances() {
        return scope;
    }

    public ImageAnalyser analyser() {
        return analyser;
    }
}
