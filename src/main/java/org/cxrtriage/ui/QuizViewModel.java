package org.cxrtriage.ui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.MapChangeListener;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.review.teaching.LearnerCall;
import org.cxrtriage.review.teaching.ModelResult;
import org.cxrtriage.review.teaching.QuizOutcome;
import org.cxrtriage.review.teaching.QuizScore;
import org.cxrtriage.review.teaching.QuizSelection;
import org.cxrtriage.review.teaching.QuizSession;
import org.cxrtriage.review.teaching.TeachingItem;
import org.cxrtriage.review.teaching.TeachingSet;
import org.cxrtriage.review.teaching.TeachingSetReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The teaching quiz: a film is shown without any AI hint, the learner calls it, then the truth, the model's
 * probability and attention and the teacher's notes are revealed, with a running score for learner and model. The
 * model is scored against the threshold the workstation uses, so its mistakes here are the ones readers meet.
 */
public final class QuizViewModel {
    /** Where the quiz is. ASKING and WAITING hide every AI hint on screen. */
    public enum State { NO_SET, LOADING, READY, ASKING, WAITING_FOR_MODEL, REVEALED, FINISHED }

    private final WorkstationViewModel workstation;
    private final TriageViewModel triage;
    private final TeachingSetReader reader;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_SET);
    private final ReadOnlyObjectWrapper<TeachingSet> set = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<QuizOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper setText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper itemText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper("");
    private final IntegerProperty size = new SimpleIntegerProperty(10);
    /** Only films of this split ("" = every split): a teacher may want only films from unfamiliar hospitals. */
    private final javafx.beans.property.StringProperty split = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.collections.ObservableList<String> splits = javafx.collections.FXCollections
            .observableArrayList();
    /** Quizzes are reproducible: the same set, size and seed give the same films (a class can share one). */
    private final LongProperty seed = new SimpleLongProperty(System.nanoTime() & 0xFFFF);
    private QuizSession session;
    /** Why the current film could not be opened; null while it opens or once it is on screen. */
    private String openFailure;
    /** True while the teaching screen is shown: only then does the quiz hold the overlay back. */
    private boolean active;

    public QuizViewModel(WorkstationViewModel workstation, TriageViewModel triage, TeachingSetReader reader,
                         Messages messages) {
        this.workstation = workstation;
        this.triage = triage;
        this.reader = reader;
        this.messages = messages;
        triage.analysis().results().addListener((MapChangeListener<String, AnalysisResult>) c -> {
            if (state.get() == State.WAITING_FOR_MODEL) {
                tryReveal();
            }
        });
        workstation.viewport().instanceProperty().addListener((obs, old, now) -> {
            if (state.get() == State.WAITING_FOR_MODEL) {
                tryReveal();
            }
        });
        // a film of the set that cannot be opened (corrupt, unsupported) must not leave the quiz waiting forever
        workstation.readinessProperty().addListener((obs, old, now) -> {
            if (session != null && now.state() == Readiness.State.FAILED
                    && (state.get() == State.ASKING || state.get() == State.WAITING_FOR_MODEL)) {
                openFailure = now.detail();
                if (state.get() == State.WAITING_FOR_MODEL) {
                    tryReveal();
                }
            }
        });
        // H or any other path to the overlay must not give the answer away before the learner's call
        triage.results().showOverlayProperty().addListener((obs, old, now) -> {
            if (now && active && hidingAnswer()) {
                triage.results().showOverlayProperty().set(false);
            }
        });
    }

    void setActive(boolean shown) {
        active = shown;
    }

    /** Reads a teaching set (folder + CSV) in the background; problems in rows are reported, not fatal. */
    public void openSet(Path csv) {
        String name = csv.getFileName().toString();
        state.set(State.LOADING);
        setText.set(messages.format("quiz.loading", name));
        workstation.executor().submit(messages.format("task.readTeachingSet", name), progress -> reader.read(csv), loaded -> {
            set.set(loaded);
            splits.setAll(loaded.splits());
            if (!splits.contains(split.get())) {
                split.set("");
            }
            setText.set(messages.format("quiz.setLoaded", name, loaded.items().size(), loaded.problems().size()));
            if (!loaded.problems().isEmpty()) {
                workstation.dialogs().error(messages.format("quiz.problems", name, loaded.problems().size()),
                        loaded.problems().subList(0, Math.min(20, loaded.problems().size())));
            }
            state.set(loaded.items().isEmpty() ? State.NO_SET : State.READY);
        }, failure -> {
            state.set(set.get() == null ? State.NO_SET : State.READY);
            setText.set(messages.format("quiz.setFailed", name, ViewportViewModel.reasonOf(failure)));
            workstation.dialogs().error(messages.format("quiz.setFailedTitle", name),
                    List.of(ViewportViewModel.reasonOf(failure)));
        });
    }

    /** Starts a quiz of {@link #sizeProperty()} films, balanced over the set's labels. */
    public void start() {
        TeachingSet loaded = set.get();
        if (loaded == null || loaded.items().isEmpty()) {
            return;
        }
        List<TeachingItem> items = loaded.quiz(QuizSelection.balanced(Math.max(1, size.get()), seed.get())
                .onlySplit(split.get()));
        if (items.isEmpty()) {
            workstation.dialogs().info(messages.format("quiz.emptySplit", split.get()));
            return;
        }
        session = new QuizSession(items);
        showCurrent();
    }

    private void showCurrent() {
        outcome.set(null);
        state.set(State.ASKING);
        triage.results().showOverlayProperty().set(false);
        itemText.set(messages.format("quiz.item", session.index() + 1, session.size()));
        refreshScore();
        openFailure = null;
        // a quiz film is not a study the reader chose: it stays out of the recent list
        workstation.open(session.current().image(), false);
    }

    /** The learner's call; the answer is revealed as soon as the model has its result for this film. */
    public void call(LearnerCall call) {
        if (state.get() != State.ASKING) {
            return;
        }
        session.call(call);
        state.set(State.WAITING_FOR_MODEL);
        tryReveal();
    }

    private void tryReveal() {
        Instance instance = workstation.viewport().instanceProperty().get();
        if (openFailure != null) {
            outcome.set(session.reveal(new ModelResult.NotAnalysed(messages.format("quiz.openFailed", openFailure))));
            state.set(State.REVEALED);
            triage.results().showOverlayProperty().set(false);
            refreshScore();
            return;
        }
        if (instance == null || !sameFile(instance.source(), session.current().image())) {
            return;
        }
        Optional<AnalysisResult> result = triage.analysis().result(instance);
        if (result.isEmpty()) {
            return;
        }
        outcome.set(session.reveal(modelResult(result.get())));
        state.set(State.REVEALED);
        triage.results().sourceProperty().set(ResultPanelViewModel.Source.GRAD_CAM);
        triage.results().showOverlayProperty().set(result.get() instanceof AnalysisResult.Scored);
        refreshScore();
    }

    /** The model scored as the workstation shows it: against the site's threshold when one is set. */
    private ModelResult modelResult(AnalysisResult result) {
        ModelResult model = ModelResult.of(result);
        return result instanceof AnalysisResult.Scored s
                ? model.atThreshold(triage.results().effectiveThreshold(s.prediction().threshold())) : model;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** The next film, or the final score after the last. */
    public void next() {
        if (state.get() != State.REVEALED) {
            return;
        }
        session.next();
        if (session.finished()) {
            state.set(State.FINISHED);
            itemText.set(messages.format("quiz.finished", session.size()));
            refreshScore();
        } else {
            showCurrent();
        }
    }

    private void refreshScore() {
        QuizScore s = session == null ? null : session.score();
        if (s == null || s.learnerAnswered() == 0) {
            scoreText.set(messages.text("quiz.noScore"));
            return;
        }
        scoreText.set(messages.format("quiz.score", s.learnerCorrect(), s.learnerAnswered(), s.modelCorrect(),
                s.modelAnswered(), s.modelFalsePositives(), s.modelFalseNegatives(), s.modelNotAnalysed()));
    }

    /** While true nothing on screen may hint at the answer: no overlay, no probability. */
    public boolean hidingAnswer() {
        return state.get() == State.ASKING || state.get() == State.WAITING_FOR_MODEL;
    }

    /** The revealed film's truth line, e.g. "Truth: COVID-19 (not TB)". */
    public String truthText(QuizOutcome o) {
        return messages.format(o.item().tb() ? "quiz.truthTb" : "quiz.truthNotTb",
                org.cxrtriage.review.teaching.Lessons.labelWords(o.item().label()));
    }

    public String learnerText(QuizOutcome o) {
        return messages.format(o.learnerCorrect() ? "quiz.learnerRight" : "quiz.learnerWrong",
                messages.text(o.call() == LearnerCall.TB_LIKE ? "quiz.callTb" : "quiz.callNotTb"),
                o.learner().words());
    }

    public String modelText(QuizOutcome o) {
        if (o.model() instanceof ModelResult.Analysed a) {
            return messages.format(a.flagged() ? "quiz.modelFlagged" : "quiz.modelNotFlagged",
                    String.format(Locale.ROOT, "%.4f", a.probability()),
                    String.format(Locale.ROOT, "%.4f", a.threshold()), o.modelOutcome().words());
        }
        return messages.format("quiz.modelNotAnalysed", ((ModelResult.NotAnalysed) o.model()).reason());
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TeachingSet> setProperty() {
        return set.getReadOnlyProperty();
    }

    /** The revealed film's outcome; null while asking. */
    public ReadOnlyObjectProperty<QuizOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty setTextProperty() {
        return setText.getReadOnlyProperty();
    }

    /** "Film 2 of 10". */
    public ReadOnlyStringProperty itemTextProperty() {
        return itemText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    public IntegerProperty sizeProperty() {
        return size;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public javafx.beans.property.StringProperty splitProperty() {
        return split;
    }

    /** The splits the loaded set has (MANIFEST: train, val, test, external, external_tb). */
    public javafx.collections.ObservableList<String> splits() {
        return splits;
    }

    /** The scores so far (for tests and the slide caption). */
    public Optional<QuizScore> score() {
        return Optional.ofNullable(session).map(QuizSession::score);
    }
}
