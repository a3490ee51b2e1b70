package org.cxrtriage.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import org.cxrtriage.review.RejectReason;

/**
 * The point-of-care screen for a clinician who is not a radiologist: one image, a traffic-light card in plain
 * language, the probability next to the threshold it was compared with, the site's next-step sentence, and agree /
 * disagree recorded as the same accept / reject decisions a radiologist makes. Everything is derived from the
 * shared result and review view models, so this screen can never disagree with the radiologist's.
 */
public final class PointOfCareViewModel {
    /** The colour of the card: red = refer, green = not likely, grey = no answer. */
    public enum Light { NONE, PENDING, LIKELY, NOT_LIKELY, NOT_ANALYSED }

    private final WorkstationViewModel workstation;
    private final TriageViewModel triage;
    private final Messages messages;
    private final ObjectBinding<Light> light;
    private final StringBinding headline;
    private final StringBinding score;
    private final StringBinding nextStep;
    private final StringBinding position;
    private final BooleanBinding canDecide;
    private final BooleanProperty windowControls = new SimpleBooleanProperty(false);
    private final BooleanProperty choosingReason = new SimpleBooleanProperty(false);

    public PointOfCareViewModel(WorkstationViewModel workstation, TriageViewModel triage, SiteSettings settings,
                                Messages messages) {
        this.workstation = workstation;
        this.triage = triage;
        this.messages = messages;
        ResultPanelViewModel results = triage.results();
        light = Bindings.createObjectBinding(() -> lightOf(results), results.flagProperty(),
                workstation.viewport().instanceProperty());
        headline = Bindings.createStringBinding(() -> switch (light.get()) {
            case NONE -> messages.text("poc.headline.none");
            case PENDING -> messages.text("poc.headline.pending");
            case LIKELY -> messages.text("poc.headline.likely");
            case NOT_LIKELY -> messages.text("poc.headline.notLikely");
            case NOT_ANALYSED -> messages.format("poc.headline.notAnalysed", results.explanationProperty().get());
        }, light, results.explanationProperty());
        score = Bindings.createStringBinding(() -> switch (light.get()) {
            case LIKELY, NOT_LIKELY -> messages.format(light.get() == Light.LIKELY ? "poc.score.above"
                    : "poc.score.below", results.probabilityProperty().get(), results.thresholdProperty().get());
            default -> "";
        }, light, results.probabilityProperty(), results.thresholdProperty());
        nextStep = Bindings.createStringBinding(() -> switch (light.get()) {
            case LIKELY -> settings.nextStepFlagged().orElse(messages.text("poc.next.likely"));
            case NOT_LIKELY -> settings.nextStepNotFlagged().orElse(messages.text("poc.next.notLikely"));
            case NOT_ANALYSED -> messages.text("poc.next.notAnalysed");
            default -> "";
        }, light);
        position = Bindings.createStringBinding(this::positionText, workstation.browser().selectedProperty());
        workstation.browser().items().addListener((ListChangeListener<BrowserItem>) c -> position.invalidate());
        canDecide = triage.review().currentProperty().isNotNull().and(triage.review().savingProperty().not());
        // a new image starts without a half-chosen disagreement
        workstation.viewport().instanceProperty().addListener((obs, old, now) -> choosingReason.set(false));
    }

    private static Light lightOf(ResultPanelViewModel results) {
        if (results.viewport().instanceProperty().get() == null) {
            return Light.NONE;
        }
        return switch (results.flagProperty().get()) {
            case PENDING -> Light.PENDING;
            case FLAGGED -> Light.LIKELY;
            case NOT_FLAGGED -> Light.NOT_LIKELY;
            case NOT_ANALYSED -> Light.NOT_ANALYSED;
        };
    }

    private String positionText() {
        BrowserItem selected = workstation.browser().selectedProperty().get();
        if (selected == null) {
            return "";
        }
        int index = workstation.browser().items().indexOf(selected);
        return messages.format("poc.position", index + 1, workstation.browser().items().size(),
                selected.instance().source().getFileName().toString());
    }

    /** Entering the mode: the heatmap starts hidden (one tap shows it, with its caveat). */
    void entered() {
        triage.results().showOverlayProperty().set(false);
        choosingReason.set(false);
    }

    /** Agree with the AI result: the same ACCEPT decision as the radiologist's A. */
    public void agree() {
        choosingReason.set(false);
        triage.review().accept();
    }

    /** Disagree: the reasons are offered next, because a rejection is always recorded with one. */
    public void disagree() {
        choosingReason.set(true);
    }

    /**
     * Records the disagreement as a REJECT with the reason picked. "Other" needs words; for an image the model did
     * not flag, the words say the clinician sees something the model missed, which is what disagreeing means there.
     */
    public void disagreeBecause(RejectReason reason) {
        String text = reason == RejectReason.OTHER ? messages.text(light.get() == Light.NOT_LIKELY
                ? "poc.disagree.missed" : "poc.disagree.other") : "";
        choosingReason.set(false);
        triage.review().reject(reason, text);
    }

    public void next() {
        workstation.browser().step(1);
    }

    public void previous() {
        workstation.browser().step(-1);
    }

    public ObjectBinding<Light> lightProperty() {
        return light;
    }

    public StringBinding headlineProperty() {
        return headline;
    }

    public StringBinding scoreProperty() {
        return score;
    }

    public StringBinding nextStepProperty() {
        return nextStep;
    }

    /** "Image 2 of 5 · name.png". */
    public StringBinding positionProperty() {
        return position;
    }

    /** Agree / disagree are possible: there is a model result and no save is running. */
    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    /** The disagree reasons are on screen. */
    public BooleanProperty choosingReasonProperty() {
        return choosingReason;
    }

    /** Window/level controls are expanded (hidden by default: most point-of-care readers never need them). */
    public BooleanProperty windowControlsProperty() {
        return windowControls;
    }

    public BooleanProperty heatmapProperty() {
        return triage.results().showOverlayProperty();
    }

    public ReviewViewModel review() {
        return triage.review();
    }

    public ViewportViewModel viewport() {
        return workstation.viewport();
    }
}
