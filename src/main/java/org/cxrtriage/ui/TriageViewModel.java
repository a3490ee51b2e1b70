package org.cxrtriage.ui;

import org.cxrtriage.review.ReviewSession;

import javafx.collections.ListChangeListener;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.triage.ImageAnalyser;
import org.cxrtriage.inference.triage.OcclusionSensitivity;

import java.util.List;

/**
 * The AI side of the workstation, wired to its browser and viewport: background analysis of the open folder,
 * the result panel with its overlay, the worklist, and occlusion sensitivity on demand. Opening a folder starts
 * the analysis and the smoke run waits for it (a ready gate).
 */
public final class TriageViewModel {
    private static final OcclusionSensitivity OCCLUSION = new OcclusionSensitivity(12, 16);

    private final WorkstationViewModel workstation;
    private final AnalysisViewModel analysis;
    private final ResultPanelViewModel results;
    private final WorklistViewModel worklist;
    private final ReviewViewModel review;
    private final Messages messages;
    private TaskExecutor.Cancellable occlusion = () -> { };

    public TriageViewModel(WorkstationViewModel workstation, ImageAnalyser analyser, SiteSettings settings,
                           ReviewSession session, NotificationsViewModel notifications, Messages messages) {
        this.messages = messages;
        this.workstation = workstation;
        this.analysis = new AnalysisViewModel(analyser, workstation.executor(), messages);
        this.results = new ResultPanelViewModel(workstation.viewport(), analysis, settings, messages);
        this.review = new ReviewViewModel(session, workstation.executor(), notifications, workstation.viewport(),
                analysis, results, messages);
        this.worklist = new WorklistViewModel(workstation.browser(), analysis, results, review, messages);
        StudyBrowserViewModel browser = workstation.browser();
        browser.items().addListener((ListChangeListener<BrowserItem>) c -> {
            occlusion.cancel();
            analysis.analyse(browser.items().stream().map(BrowserItem::instance).toList());
        });
        browser.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                analysis.prioritise(now.instance());
            }
        });
        workstation.addReadyGate(analysis.idleProperty());
    }

    /** Analyse by hand: the images of the open folder that have no result yet. */
    public void startAnalysis() {
        analysis.start();
    }

    public void stopAnalysis() {
        analysis.stop();
        occlusion.cancel();
    }

    /** Computes occlusion sensitivity for the image on screen, then shows it as the overlay. */
    public void computeOcclusion() {
        Instance instance = workstation.viewport().instanceProperty().get();
        if (instance == null || analysis.result(instance).filter(
                org.cxrtriage.inference.triage.AnalysisResult.Scored.class::isInstance).isEmpty()) {
            return;
        }
        if (results.hasOcclusion(instance)) {
            results.sourceProperty().set(ResultPanelViewModel.Source.OCCLUSION);
            return;
        }
        occlusion.cancel();
        ImageAnalyser analyser = analysis.analyser();
        occlusion = workstation.executor().submit(messages.text("task.occlusion"), progress -> {
            GreyImage image = analyser.render(instance);
            ClassifierSession session = analyser.models().borrow();
            try {
                return OCCLUSION.compute(image, session, progress::isCancelled, progress::update);
            } finally {
                analyser.models().release(session);
            }
        }, heatmap -> {
            results.putOcclusion(instance, ResultPanelViewModel.toMap(heatmap));
            results.sourceProperty().set(ResultPanelViewModel.Source.OCCLUSION);
            results.showOverlayProperty().set(true);
        }, failure -> workstation.dialogs().error(messages.format("notice.occlusionFailed",
                instance.source().getFileName().toString()), List.of(ViewportViewModel.reasonOf(failure))));
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public ResultPanelViewModel results() {
        return results;
    }

    public ReviewViewModel review() {
        return review;
    }

    public WorklistViewModel worklist() {
        return worklist;
    }
}
