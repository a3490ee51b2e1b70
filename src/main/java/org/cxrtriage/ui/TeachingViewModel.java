package org.cxrtriage.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.MapChangeListener;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.DisplayImage;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.SaliencyLayer;
import org.cxrtriage.imaging.SaliencyMap;
import org.cxrtriage.imaging.SaliencyStyle;
import org.cxrtriage.imaging.SlideText;
import org.cxrtriage.imaging.TeachingSlide;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.inference.triage.ImageAnalyser;
import org.cxrtriage.review.teaching.QuizOutcome;
import org.cxrtriage.review.teaching.TeachingSlides;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Teaching's "where does the model look" screen: the film and the film with its overlay side by side with linked
 * zoom and pan (both panes show the one shared viewport), a flicker toggle, an animated opacity sweep, and Grad-CAM
 * next to occlusion sensitivity for the same image. The quiz ({@link QuizViewModel}) runs on the same panes.
 */
public final class TeachingViewModel {
    private final WorkstationViewModel workstation;
    private final TriageViewModel triage;
    private final QuizViewModel quiz;
    private final TeachingSlide slides;
    private final Messages messages;
    private final BooleanProperty flicker = new SimpleBooleanProperty(false);
    private final BooleanProperty animate = new SimpleBooleanProperty(false);
    private final BooleanProperty compareMethods = new SimpleBooleanProperty(false);
    private boolean active;

    public TeachingViewModel(WorkstationViewModel workstation, TriageViewModel triage, QuizViewModel quiz,
                             TeachingSlide slides, Messages messages) {
        this.workstation = workstation;
        this.triage = triage;
        this.quiz = quiz;
        this.slides = slides;
        this.messages = messages;
        ViewportViewModel vp = workstation.viewport();
        compareMethods.addListener((obs, old, now) -> {
            if (now) {
                triage.computeOcclusion();
            } else if (active) {
                triage.results().sourceProperty().set(ResultPanelViewModel.Source.GRAD_CAM);
            }
            updateCompanion();
        });
        triage.results().styleProperty().addListener((obs, old, now) -> updateCompanion());
        triage.analysis().results().addListener((MapChangeListener<String, AnalysisResult>) c -> updateCompanion());
        // a new image in compare mode needs its own occlusion map
        vp.instanceProperty().addListener((obs, old, now) -> {
            updateCompanion();
            if (active && compareMethods.get() && now != null) {
                triage.computeOcclusion();
            }
        });
    }

    /** Entering teaching: keep the plain render for the left pane and show the overlay on the right. */
    void entered() {
        active = true;
        quiz.setActive(true);
        workstation.viewport().panes().enabledProperty().set(true);
        triage.results().sourceProperty().set(ResultPanelViewModel.Source.GRAD_CAM);
        triage.results().showOverlayProperty().set(!quiz.hidingAnswer());
    }

    /** Leaving: stop the animations and the second render, so other modes pay nothing for teaching. */
    void left() {
        // compare off while still active, so the overlay goes back to Grad-CAM for the other modes
        compareMethods.set(false);
        active = false;
        quiz.setActive(false);
        flicker.set(false);
        animate.set(false);
        workstation.viewport().panes().enabledProperty().set(false);
    }

    /**
     * While comparing methods the left pane shows Grad-CAM over the film; the viewport paints it in its own render,
     * and occlusion sensitivity arrives on the right pane when it is computed.
     */
    private void updateCompanion() {
        Instance instance = workstation.viewport().instanceProperty().get();
        Optional<SaliencyMap> map = compareMethods.get() ? triage.results().gradCamMap(instance) : Optional.empty();
        SaliencyLayer layer = map.map(m -> new SaliencyLayer(m, triage.results().styleProperty().get())).orElse(null);
        // results of the folder's other films keep arriving: an equal layer (same heatmap array, same style) is no
        // reason to render this film again
        if (!java.util.Objects.equals(layer, workstation.viewport().panes().companionProperty().get())) {
            workstation.viewport().panes().setCompanion(instance, layer);
        }
    }

    /** Asks for a teaching set's CSV and opens it in the quiz. */
    public void chooseTeachingSet() {
        workstation.dialogs().chooseFile(DialogService.OpenKind.TEACHING_SET).ifPresent(quiz::openSet);
    }

    /** Asks where to save a slide of the image on screen, then writes it in the background. */
    public void chooseAndExportSlide() {
        Instance instance = workstation.viewport().instanceProperty().get();
        if (instance == null || quiz.hidingAnswer()) {
            return;
        }
        String name = instance.source().getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        workstation.dialogs().chooseSaveFile(messages.text("teach.slideDialog"), base + "-slide.png")
                .ifPresent(this::exportSlide);
    }

    /**
     * Writes a slide of the image on screen: the film in the reader's window, the overlay as shown (none when it is
     * off), the legend, the probability against the threshold in force, and the quiz's truth, lesson and notes when
     * this film was revealed in the quiz.
     */
    public void exportSlide(Path png) {
        Instance instance = workstation.viewport().instanceProperty().get();
        if (instance == null) {
            return;
        }
        DisplayImage plain = workstation.viewport().panes().plainImageProperty().get();
        Optional<SaliencyMap> map = triage.results().shownMap();
        SaliencyStyle style = triage.results().styleProperty().get();
        SlideText text = slideText(instance, map.isPresent());
        ImageAnalyser analyser = triage.analysis().analyser();
        workstation.executor().submit(messages.text("task.exportSlide"), progress -> {
            // the film as the reader windowed it; a colour frame (never a chest film) falls back to the model's view
            GreyImage film = plain instanceof DisplayImage.Grey g ? g.image() : analyser.render(instance);
            BufferedImage slide = map.isPresent() ? slides.render(film, map.get(), style, text)
                    : slides.render(film, text);
            slides.write(slide, png);
            return png;
        }, written -> workstation.dialogs().info(messages.format("teach.slideSaved", written)),
                failure -> workstation.dialogs().error(messages.format("teach.slideFailed", png.getFileName()),
                        List.of(png + ": " + ViewportViewModel.reasonOf(failure))));
    }

    /** A film revealed in the quiz gets the quiz's words; any other film its probability against the threshold. */
    private SlideText slideText(Instance instance, boolean withMap) {
        // short method names: the slide's legend column is narrow ("Grad-CAM (in-graph)" would be cut)
        String method = !withMap ? "" : triage.results().sourceProperty().get() == ResultPanelViewModel.Source.OCCLUSION
                ? messages.text("teach.slideMethod.occlusion") : messages.text("teach.slideMethod.gradCam");
        Optional<QuizOutcome> outcome = Optional.ofNullable(quiz.outcomeProperty().get())
                .filter(o -> o.item().image().toAbsolutePath().normalize()
                        .equals(instance.source().toAbsolutePath().normalize()));
        if (outcome.isPresent()) {
            return TeachingSlides.text(outcome.get(), method);
        }
        String probability = triage.analysis().result(instance).map(r -> r instanceof AnalysisResult.Scored s
                ? SlideText.probabilityLine(s.prediction().probability(),
                        triage.results().effectiveThreshold(s.prediction().threshold()))
                : messages.format("teach.slideNotAnalysed", ((AnalysisResult.NotAnalysed) r).reason())).orElse("");
        return new SlideText(instance.source().getFileName().toString(), probability, "", "", "", method);
    }

    /** Right pane alternates between the film and the film with its overlay. */
    public BooleanProperty flickerProperty() {
        return flicker;
    }

    /** The overlay's opacity sweeps up and down, so the eye sees what the colour covers. */
    public BooleanProperty animateProperty() {
        return animate;
    }

    /** Left pane Grad-CAM, right pane occlusion sensitivity, for the same image. */
    public BooleanProperty compareMethodsProperty() {
        return compareMethods;
    }

    public QuizViewModel quiz() {
        return quiz;
    }

    public ResultPanelViewModel results() {
        return triage.results();
    }

    public ViewportViewModel viewport() {
        return workstation.viewport();
    }
}
