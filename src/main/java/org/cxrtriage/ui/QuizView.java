package org.cxrtriage.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cxrtriage.review.teaching.LearnerCall;
import org.cxrtriage.review.teaching.QuizOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * The quiz panel: open a teaching set, start, call each film, see the truth, the model's result and the lesson of
 * its hit or mistake, the teacher's notes, and the running score of learner and model. Buttons are enabled only in
 * the step they belong to; the view model refuses the rest anyway.
 */
final class QuizView {
    private final VBox root;

    QuizView(QuizViewModel quiz, TeachingViewModel teaching, Messages messages) {
        Label heading = new Label(messages.text("quiz.heading"));
        heading.getStyleClass().add("panel-heading");
        Button open = Controls.button("quiz-open", messages.text("quiz.open"), () -> teaching.chooseTeachingSet());
        Label set = Controls.hiddenWhenEmpty(Controls.wrapped("quiz-set"));
        set.textProperty().bind(quiz.setTextProperty());
        Spinner<Integer> size = new Spinner<>(1, 100, quiz.sizeProperty().get());
        size.setId("quiz-size");
        size.setPrefWidth(80);
        size.valueProperty().addListener((obs, old, now) -> quiz.sizeProperty().set(now));
        Button start = Controls.button("quiz-start", messages.text("quiz.start"), quiz::start);
        start.disableProperty().bind(quiz.setProperty().isNull().or(state(quiz, QuizViewModel.State.LOADING)));
        HBox startRow = new HBox(8, new Label(messages.text("quiz.size")), size, start);
        startRow.setAlignment(Pos.CENTER_LEFT);
        ComboBox<String> split = new ComboBox<>();
        split.setId("quiz-split");
        Runnable fillSplits = () -> {
            List<String> choices = new ArrayList<>(List.of(""));
            choices.addAll(quiz.splits());
            split.getItems().setAll(choices);
            split.setValue(quiz.splitProperty().get());
        };
        quiz.splits().addListener((javafx.collections.ListChangeListener<String>) c -> fillSplits.run());
        fillSplits.run();
        split.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? messages.text("quiz.allSplits") : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        split.valueProperty().addListener((obs, old, now) -> quiz.splitProperty().set(now == null ? "" : now));
        split.disableProperty().bind(Bindings.isEmpty(quiz.splits()));
        // the seed is shown and can be typed: the same set, size, split and seed give a class the same quiz
        Spinner<Integer> seed = new Spinner<>(0, 99_999, (int) Math.min(99_999, quiz.seedProperty().get()));
        seed.setId("quiz-seed");
        seed.setEditable(true);
        seed.setPrefWidth(90);
        seed.valueProperty().addListener((obs, old, now) -> quiz.seedProperty().set(now));
        HBox drawRow = new HBox(8, new Label(messages.text("quiz.split")), split, new Label(messages.text("quiz.seed")),
                seed);
        drawRow.setAlignment(Pos.CENTER_LEFT);

        Label item = Controls.hiddenWhenEmpty(Controls.wrapped("quiz-item"));
        item.getStyleClass().add("quiz-item");
        item.textProperty().bind(quiz.itemTextProperty());
        Button tb = Controls.button("quiz-call-tb", messages.text("quiz.callTbButton"), () -> quiz.call(LearnerCall.TB_LIKE));
        Button notTb = Controls.button("quiz-call-not-tb", messages.text("quiz.callNotTbButton"),
                () -> quiz.call(LearnerCall.NOT_TB_LIKE));
        BooleanBinding notAsking = state(quiz, QuizViewModel.State.ASKING).not();
        tb.disableProperty().bind(notAsking);
        notTb.disableProperty().bind(notAsking);
        HBox.setHgrow(tb, Priority.ALWAYS);
        HBox.setHgrow(notTb, Priority.ALWAYS);
        tb.setMaxWidth(Double.MAX_VALUE);
        notTb.setMaxWidth(Double.MAX_VALUE);
        HBox calls = new HBox(8, tb, notTb);
        Label waiting = Controls.hiddenWhenEmpty(Controls.wrapped("quiz-waiting"));
        waiting.textProperty().bind(Bindings.when(state(quiz, QuizViewModel.State.WAITING_FOR_MODEL))
                .then(messages.text("quiz.waiting")).otherwise(""));

        Label truth = revealed("quiz-truth", quiz, quiz::truthText);
        truth.getStyleClass().add("quiz-truth");
        Label learner = revealed("quiz-learner", quiz, quiz::learnerText);
        Label model = revealed("quiz-model", quiz, quiz::modelText);
        Label lesson = revealed("quiz-lesson", quiz, QuizOutcome::lesson);
        lesson.getStyleClass().add("quiz-lesson");
        Label notes = revealed("quiz-notes", quiz, o -> o.item().notes().isBlank() ? ""
                : messages.format("quiz.notes", o.item().notes()));
        Button next = Controls.button("quiz-next", messages.text("quiz.nextButton"), quiz::next);
        next.disableProperty().bind(state(quiz, QuizViewModel.State.REVEALED).not());
        Label score = Controls.hiddenWhenEmpty(Controls.wrapped("quiz-score"));
        score.getStyleClass().add("quiz-score");
        score.textProperty().bind(quiz.scoreTextProperty());
        VBox reveal = new VBox(6, truth, learner, model, lesson, notes);
        reveal.setId("quiz-reveal");
        reveal.visibleProperty().bind(quiz.outcomeProperty().isNotNull());
        reveal.managedProperty().bind(reveal.visibleProperty());

        root = new VBox(8, heading, open, set, drawRow, startRow, item, calls, waiting, reveal, next, score);
        root.setId("quiz");
        root.setPadding(new Insets(0, 12, 12, 12));
    }

    private static BooleanBinding state(QuizViewModel quiz, QuizViewModel.State wanted) {
        return Bindings.createBooleanBinding(() -> quiz.stateProperty().get() == wanted, quiz.stateProperty());
    }

    private static Label revealed(String id, QuizViewModel quiz, java.util.function.Function<QuizOutcome, String> text) {
        Label label = Controls.hiddenWhenEmpty(Controls.wrapped(id));
        label.textProperty().bind(Bindings.createStringBinding(() -> quiz.outcomeProperty().get() == null ? ""
                : text.apply(quiz.outcomeProperty().get()), quiz.outcomeProperty()));
        return label;
    }

    Node content() {
        return root;
    }
}
