package org.cxrtriage.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.AiResults;
import org.cxrtriage.review.Decision;
import org.cxrtriage.review.FlagKey;
import org.cxrtriage.review.RejectReason;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.review.ReviewSession;
import org.cxrtriage.review.SessionSummary;
import org.cxrtriage.review.StudyReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The reader's decision on the AI result of the image on screen: accept, reject with a coded reason, modify with a
 * note, undo (a compensating event). Every save runs through the {@link TaskExecutor}, so the FX thread never waits
 * for the database; a failed save stays on screen as "unsaved" with a notice and can be retried, never dropped.
 * Review is refused, with the reason shown, while there is no model result to decide on.
 */
public final class ReviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewViewModel.class);

    private final ReviewSession session;
    private final TaskExecutor executor;
    private final NotificationsViewModel notifications;
    private final ViewportViewModel viewport;
    private final AnalysisViewModel analysis;
    private final ResultPanelViewModel results;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<AiResult> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unsaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
    /** Derived review state of the studies seen in this window, by Study Instance UID (the worklist reads it). */
    private final ObservableMap<String, StudyReview> studies = FXCollections.observableHashMap();
    /** The decision whose save failed, kept so it can be retried rather than lost. */
    private Function<ReviewSession, ReviewEvent> failedSave;
    /** The words of that decision ("Accept" …), for the unsaved line and a retry's notices. */
    private String failedWhat;

    public ReviewViewModel(ReviewSession session, TaskExecutor executor, NotificationsViewModel notifications,
                           ViewportViewModel viewport, AnalysisViewModel analysis, ResultPanelViewModel results,
                           Messages messages) {
        this.session = session;
        this.messages = messages;
        this.executor = executor;
        this.notifications = notifications;
        this.viewport = viewport;
        this.analysis = analysis;
        this.results = results;
        viewport.instanceProperty().addListener((obs, old, now) -> refresh());
        analysis.results().addListener((MapChangeListener<String, AnalysisResult>) c -> {
            if (c.wasAdded()) {
                register(c.getValueAdded());
            }
            refresh();
        });
        results.settings().thresholdProperty().addListener((obs, old, now) -> refresh());
        refresh();
        refreshSummary();
    }

    private void refresh() {
        Instance instance = viewport.instanceProperty().get();
        Optional<AnalysisResult> result = analysis.result(instance);
        if (instance == null) {
            disable(messages.text("review.unavailable.noImage"));
        } else if (result.isEmpty()) {
            disable(messages.text("review.unavailable.pending"));
        } else if (result.get() instanceof AnalysisResult.NotAnalysed n) {
            disable(messages.format("review.unavailable.notAnalysed", n.reason()));
        } else {
            Optional<AiResult> ai = toAiResult(instance, ((AnalysisResult.Scored) result.get()).prediction());
            if (ai.isEmpty()) {
                disable(messages.text("review.unavailable.noFingerprint"));
            } else {
                unavailable.set("");
                current.set(ai.get());
                showDecision();
            }
        }
    }

    private void disable(String reason) {
        current.set(null);
        unavailable.set(reason);
        decision.set("");
        undoable.set(false);
    }

    private Optional<AiResult> toAiResult(Instance instance, Prediction p) {
        return analysis.analyser().models().loadedFingerprint().map(sha -> AiResults.of(instance, p, sha,
                results.effectiveThreshold(p.threshold())));
    }

    /** Every scored image becomes a pending flag in the store, so "reviewed" means every one of them is decided. */
    private void register(AnalysisResult result) {
        if (!(result instanceof AnalysisResult.Scored s)) {
            return;
        }
        findInstance(s.sopInstanceUid()).flatMap(i -> toAiResult(i, s.prediction())).ifPresent(ai ->
                executor.submit(messages.text("task.registerResult"), progress -> {
                    session.show(List.of(ai));
                    return session.study(ai.key().studyUid());
                }, review -> {
                    putStudy(review);
                    refreshSummary(); // a newly registered flag is a pending one in the summary
                }, failure -> LOG.warn("result could not be registered", failure)));
    }

    private Optional<Instance> findInstance(String sopUid) {
        return viewport.instanceProperty().get() != null
                && viewport.instanceProperty().get().sopInstanceUid().equals(sopUid)
                ? Optional.of(viewport.instanceProperty().get())
                : analysis.instances().stream().filter(i -> i.sopInstanceUid().equals(sopUid)).findFirst();
    }

    private void showDecision() {
        AiResult ai = current.get();
        StudyReview review = ai == null ? null : studies.get(ai.key().studyUid());
        var state = review == null ? Optional.<org.cxrtriage.review.FlagState>empty() : review.flags().stream()
                .filter(f -> f.result().key().equals(ai.key())).findFirst();
        if (state.isEmpty() || state.get().decision() == Decision.PENDING) {
            decision.set(messages.text("review.pending"));
            undoable.set(false);
        } else {
            decision.set(describe(state.get().decision(), state.get().decidingEvent().orElseThrow()));
            undoable.set(true);
        }
    }

    /** "Rejected (Artefact): text by reader": one whole pattern per shape, so a translation can reorder it. */
    private String describe(Decision d, ReviewEvent by) {
        String what = messages.text(switch (d) {
            case ACCEPTED -> "review.state.accepted";
            case REJECTED -> "review.state.rejected";
            case MODIFIED -> "review.state.modified";
            case PENDING -> "review.state.pending";
        });
        Optional<String> reason = by.rejectReason().map(r -> messages.text("reason." + r.code()));
        if (reason.isPresent()) {
            return by.note().isEmpty()
                    ? messages.format("review.decision.reason", what, reason.get(), by.reader())
                    : messages.format("review.decision.reasonNote", what, reason.get(), by.note(), by.reader());
        }
        return by.note().isEmpty() ? messages.format("review.decision", what, by.reader())
                : messages.format("review.decision.note", what, by.note(), by.reader());
    }

    /** A: the reader agrees with the model's call. */
    public void accept() {
        AiResult ai = current.get();
        if (ai != null) {
            save(messages.text("review.action.accept"), s -> s.accept(ai));
        }
    }

    /** R: disagrees, with a coded reason (free text required for "Other"). */
    public void reject(RejectReason reason, String text) {
        AiResult ai = current.get();
        if (ai != null && reason != null) {
            save(messages.text("review.action.reject"), s -> s.reject(ai, reason, text));
        }
    }

    /** M: keeps the call but amends details, which the note says. */
    public void modify(String note) {
        AiResult ai = current.get();
        if (ai != null) {
            save(messages.text("review.action.modify"), s -> s.modify(ai, note));
        }
    }

    /** Ctrl+Z: a compensating event against the decision in force; the trail keeps both. */
    public void undo() {
        AiResult ai = current.get();
        if (ai != null && undoable.get()) {
            FlagKey key = ai.key();
            save(messages.text("review.action.undo"), s -> s.undo(key));
        }
    }

    /** Saves again the decision whose save failed. */
    public void retry() {
        if (failedSave != null) {
            save(failedWhat, failedSave);
        }
    }

    /**
     * Validation errors (e.g. "Other" without text) surface at once as a notice, not as a failed save: building the
     * event is the first thing the work does, and the trail refuses nothing that was valid.
     */
    private void save(String what, Function<ReviewSession, ReviewEvent> decide) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        String study = current.get().key().studyUid();
        executor.submit(messages.text("task.saveReview"), progress -> {
            decide.apply(session);
            return session.study(study);
        }, review -> {
            saving.set(false);
            failedSave = null;
            failedWhat = null;
            unsaved.set("");
            putStudy(review);
            refreshSummary();
        }, failure -> {
            saving.set(false);
            if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
                notifications.post(new Notice(Notice.Level.WARNING, messages.format("review.notRecorded", what),
                        List.of(String.valueOf(failure.getMessage()))));
                return;
            }
            LOG.error("review decision could not be saved", failure);
            failedSave = decide;
            failedWhat = what;
            unsaved.set(messages.format("review.unsaved", what));
            notifications.post(new Notice(Notice.Level.ERROR, messages.text("review.notSaved"),
                    List.of(messages.format("review.storeFailure", ViewportViewModel.reasonOf(failure)),
                            messages.text("review.retryHint"))));
        });
    }

    private void putStudy(StudyReview review) {
        studies.put(review.studyUid(), review);
        showDecision();
    }

    /** Reads the stored review state of these studies (the worklist's rows) in the background. */
    public void load(Set<String> studyUids) {
        if (studyUids.isEmpty()) {
            return;
        }
        executor.submit(messages.text("task.readReview"),
                progress -> studyUids.stream().map(session::study).toList(),
                list -> list.forEach(this::putStudy),
                failure -> notifications.post(new Notice(Notice.Level.ERROR, messages.text("review.stateUnreadable"),
                        List.of(messages.format("review.storeFailure", ViewportViewModel.reasonOf(failure))))));
    }

    private void refreshSummary() {
        executor.submit(messages.text("task.reviewSummary"), progress -> session.summary(),
                s -> summary.set(describe(s)), failure -> summary.set(messages.format("review.summaryUnavailable",
                        ViewportViewModel.reasonOf(failure))));
    }

    private String describe(SessionSummary s) {
        String agreement = s.agreementRate().isPresent()
                ? messages.format("review.agreement", s.agreementRate().getAsDouble()) : "–";
        return messages.format("review.summary", s.accepted(), s.rejected(), s.modified(), s.pending(), agreement);
    }

    public String reader() {
        return session.reader();
    }

    public ReadOnlyObjectProperty<AiResult> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Why review is refused now; empty while a result can be decided on. */
    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    public ObservableMap<String, StudyReview> studies() {
        return studies;
    }
}
