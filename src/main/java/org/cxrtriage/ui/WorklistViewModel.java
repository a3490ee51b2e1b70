package org.cxrtriage.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.inference.triage.AnalysisResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The studies of the open folder or DICOMDIR as a triage worklist: highest score, flag and review state, sortable
 * (the view binds the sort), filterable to flagged-and-unreviewed, with next / previous study in the order shown.
 */
public final class WorklistViewModel {
    private final StudyBrowserViewModel browser;
    private final AnalysisViewModel analysis;
    private final ResultPanelViewModel results;
    /** With an extractor, so a score arriving re-sorts and re-filters the rows shown. */
    private final ObservableList<WorklistRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[]{r.highestProperty(), r.flagProperty(), r.reviewProperty()});
    private final FilteredList<WorklistRow> filtered = new FilteredList<>(rows);
    private final SortedList<WorklistRow> sorted = new SortedList<>(filtered);
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<WorklistRow> selected = new SimpleObjectProperty<>();

    private final ReviewViewModel review;
    private final Messages messages;

    public WorklistViewModel(StudyBrowserViewModel browser, AnalysisViewModel analysis, ResultPanelViewModel results,
                             ReviewViewModel review, Messages messages) {
        this.review = review;
        this.messages = messages;
        this.browser = browser;
        this.analysis = analysis;
        this.results = results;
        browser.items().addListener((ListChangeListener<BrowserItem>) c -> rebuild());
        analysis.results().addListener((MapChangeListener<String, AnalysisResult>) c -> refreshScores());
        review.studies().addListener((MapChangeListener<String, org.cxrtriage.review.StudyReview>) c -> refreshReviews());
        results.settings().thresholdProperty().addListener((obs, old, now) -> refreshScores());
        flaggedOnly.addListener((obs, old, now) -> filtered.setPredicate(now
                ? r -> r.flagProperty().get() == FlagState.FLAGGED && !WorklistRow.REVIEWED.equals(r.reviewProperty().get())
                : null));
        browser.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                rows.stream().filter(r -> r.study() == now.study()).findFirst().ifPresent(selected::set);
            }
        });
        selected.addListener((obs, old, now) -> {
            BrowserItem current = browser.selectedProperty().get();
            if (now != null && (current == null || current.study() != now.study())) {
                browser.items().stream().filter(i -> i.study() == now.study()).findFirst()
                        .ifPresent(browser.selectedProperty()::set);
            }
        });
    }

    private void rebuild() {
        Map<Study, List<Instance>> byStudy = new LinkedHashMap<>();
        for (BrowserItem item : browser.items()) {
            byStudy.computeIfAbsent(item.study(), s -> new ArrayList<>()).add(item.instance());
        }
        List<WorklistRow> next = new ArrayList<>();
        int n = 1;
        for (Map.Entry<Study, List<Instance>> e : byStudy.entrySet()) {
            next.add(new WorklistRow(e.getKey(), e.getValue(), label(e.getKey(), n++)));
        }
        rows.setAll(next);
        refreshScores();
        refreshReviews();
        review.load(byStudy.keySet().stream().map(Study::studyInstanceUid)
                .collect(java.util.stream.Collectors.toSet()));
    }

    private String label(Study s, int number) {
        String text = (s.description() + " " + formatDate(s.studyDate())).trim();
        return text.isEmpty() ? messages.format("worklist.study", number) : text;
    }

    private static String formatDate(String d) {
        return d.length() == 8 ? d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6) : d;
    }

    private void refreshScores() {
        for (WorklistRow row : rows) {
            Double highest = null;
            double threshold = Double.NaN;
            int notAnalysed = 0;
            for (Instance i : row.images()) {
                Optional<AnalysisResult> r = analysis.result(i);
                if (r.isPresent() && r.get() instanceof AnalysisResult.Scored s) {
                    double p = s.prediction().probability();
                    highest = highest == null ? p : Math.max(highest, p);
                    threshold = results.effectiveThreshold(s.prediction().threshold());
                } else if (r.isPresent()) {
                    notAnalysed++;
                }
            }
            FlagState state = highest != null ? (highest >= threshold ? FlagState.FLAGGED : FlagState.NOT_FLAGGED)
                    : notAnalysed == row.images().size() ? FlagState.NOT_ANALYSED : FlagState.PENDING;
            row.update(highest, state);
        }
    }

    private void refreshReviews() {
        for (WorklistRow row : rows) {
            org.cxrtriage.review.StudyReview r = review.studies().get(row.study().studyInstanceUid());
            row.reviewed(r != null && r.reviewed());
        }
    }

    /** Next (+1) or previous (-1) study in the order the worklist shows. */
    public void step(int delta) {
        if (sorted.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? -1 : sorted.indexOf(selected.get());
        int next = index < 0 ? 0 : Math.max(0, Math.min(sorted.size() - 1, index + delta));
        selected.set(sorted.get(next));
    }

    /** The rows as shown: filtered, and sorted by whatever the view's table sorts by. */
    public SortedList<WorklistRow> shown() {
        return sorted;
    }

    public ObservableList<WorklistRow> rows() {
        return rows;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ObjectProperty<WorklistRow> selectedProperty() {
        return selected;
    }
}
