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
import java.util.Locale;
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
    private final ReadOnlyObjectWrapper<AiResult> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper("No image open.");
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unsaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
    /** Derived review state of the studies seen in this window, by Study Instance UID (the worklist reads it). */
    private final ObservableMap<String, StudyReview> studies = FXCollections.observableHashMap();
    /** The decision whose save failed, kept so it can be retried rather than lost. */
    private Function<ReviewSession, ReviewEvent> failedSave;

    public ReviewViewModel(ReviewSession session, TaskExecutor executor, NotificationsViewModel notifications,
                           ViewportViewModel viewport, AnalysisViewModel analysis, ResultPanelViewModel results) {
        this.session = session;
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
            disable("No image open.");
        } else if (result.isEmpty()) {
            disable("No model result yet: the image is still being analysed.");
        } else if (result.get() instanceof AnalysisResult.NotAnalysed n) {
            disable("No model result to review (" + n.reason() + ").");
        } else {
            Optional<AiResult> ai = toAiResult(instance, ((AnalysisResult.Scored) result.get()).prediction());
            if (ai.isEmpty()) {
                disable("No model result to review: the model's fingerprint is not known.");
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
                executor.submit("Registering result", progress -> {
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
            decision.set("Pending: no decision yet");
            undoable.set(false);
        } else {
            ReviewEvent by = state.get().decidingEvent().orElseThrow();
            String reason = by.rejectReason().map(r -> " (" + r.meaning() + ")").orElse("");
            String note = by.note().isEmpty() ? "" : ": " + by.note();
            decision.set(label(state.get().decision()) + reason + note + " by " + by.reader());
            undoable.set(true);
        }
    }

    private static String label(Decision d) {
        return switch (d) {
            case ACCEPTED -> "Accepted";
            case REJECTED -> "Rejected";
            case MODIFIED -> "Modified";
            case PENDING -> "Pending";
        };
    }

    /** A: the reader agrees with the model's call. */
    public void accept() {
        AiResult ai = current.get();
        if (ai != null) {
            save("Accept", s -> s.accept(ai));
        }
    }

    /** R: disagrees, with a coded reason (free text required for "Other"). */
    public void reject(RejectReason reason, String text) {
        AiResult ai = current.get();
        if (ai != null && reason != null) {
            save("Reject", s -> s.reject(ai, reason, text));
        }
    }

    /** M: keeps the call but amends details, which the note says. */
    public void modify(String note) {
        AiResult ai = current.get();
        if (ai != null) {
            save("Modify", s -> s.modify(ai, note));
        }
    }

    /** Ctrl+Z: a compensating event against the decision in force; the trail keeps both. */
    public void undo() {
        AiResult ai = current.get();
        if (ai != null && undoable.get()) {
            FlagKey key = ai.key();
            save("Undo", s -> s.undo(key));
        }
    }

    /** Saves again the decision whose save failed. */
    public void retry() {
        if (failedSave != null) {
            save(unsaved.get(), failedSave);
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
        executor.submit("Saving review decision", progress -> {
            decide.apply(session);
            return session.study(study);
        }, review -> {
            saving.set(false);
            failedSave = null;
            unsaved.set("");
            putStudy(review);
            refreshSummary();
        }, failure -> {
            saving.set(false);
            if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
                notifications.post(new Notice(Notice.Level.WARNING, what + " not recorded",
                        List.of(String.valueOf(failure.getMessage()))));
                return;
            }
            LOG.error("review decision could not be saved", failure);
            failedSave = decide;
            unsaved.set(what.startsWith("Unsaved") ? what : "Unsaved: " + what);
            notifications.post(new Notice(Notice.Level.ERROR, "Review decision NOT saved",
                    List.of("review store: " + ViewportViewModel.reasonOf(failure), "Retry to save it again.")));
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
        executor.submit("Reading review state", progress -> studyUids.stream().map(session::study).toList(),
                list -> list.forEach(this::putStudy),
                failure -> notifications.post(new Notice(Notice.Level.ERROR, "Review state could not be read",
                        List.of("review store: " + ViewportViewModel.reasonOf(failure)))));
    }

    private void refreshSummary() {
        executor.submit("Review summary", progress -> session.summary(), s -> summary.set(describe(s)),
                failure -> summary.set("Session summary unavailable: " + ViewportViewModel.reasonOf(failure)));
    }

    static String describe(SessionSummary s) {
        String agreement = s.agreementRate().isPresent()
                ? String.format(Locale.ROOT, "%.0f%%", 100 * s.agreementRate().getAsDouble()) : "–";
        return String.format(Locale.ROOT, "Session: %d accepted, %d rejected, %d modified, %d pending; agreement %s",
                s.accepted(), s.rejected(), s.modified(), s.pending(), agreement);
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
