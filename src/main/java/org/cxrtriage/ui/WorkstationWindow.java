package org.cxrtriage.ui;

import org.cxrtriage.review.ReviewSession;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.TeachingSlide;
import org.cxrtriage.inference.triage.ImageAnalyser;
import org.cxrtriage.review.teaching.TeachingSetReader;

import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * Assembles the main window from its services, by constructors only: status bar, executor, notifications,
 * dialogs, view models, views, scene. The composition root and the UI tests build the workstation through this
 * one class, so tests exercise exactly what users run.
 */
public final class WorkstationWindow {
    public static final String STYLESHEET = Objects.requireNonNull(
            WorkstationWindow.class.getResource("workstation.css"), "workstation.css missing").toExternalForm();
    static final double PREFERRED_WIDTH = 1600;
    static final double PREFERRED_HEIGHT = 1000;

    private final Stage stage;
    private final UserPreferences preferences;
    private final WorkstationViewModel model;
    private final TriageViewModel triage;
    private final NotificationsViewModel notifications = new NotificationsViewModel();
    private final WorkstationView view;
    private final Scene scene;

    public WorkstationWindow(Stage stage, StudyLoader loader, FrameDecoder decoder, DisplayPipeline pipeline,
                             ExecutorService pool, RecentStudies recent, ImageAnalyser analyser,
                             SiteSettings settings, ReviewSession review, UserPreferences preferences,
                             Messages messages) {
        this.stage = stage;
        this.preferences = preferences;
        StatusBarViewModel status = new StatusBarViewModel(messages);
        TaskExecutor executor = new FxTaskExecutor(pool, status);
        DialogService dialogs = new FxDialogService(() -> stage, notifications, STYLESHEET, messages);
        model = new WorkstationViewModel(loader, decoder, pipeline, executor, dialogs, recent, status, messages);
        triage = new TriageViewModel(model, analyser, settings, review, notifications, messages);
        QuizViewModel quiz = new QuizViewModel(model, triage, new TeachingSetReader(), messages);
        view = new WorkstationView(model, triage, notifications, preferences, messages,
                new PointOfCareViewModel(model, triage, settings, messages),
                new TeachingViewModel(model, triage, quiz, new TeachingSlide(), messages), stage::close);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(view, Math.min(PREFERRED_WIDTH, screen.getWidth()),
                Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(STYLESHEET);
        view.installKeys(scene);
        stage.setTitle(messages.text("app.title"));
        // the same drawing as the launcher and installer icons (icons/cxr-triage.svg); several sizes so the
        // window manager picks a sharp one for the title bar and the task switcher
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(WorkstationWindow.class.getResource(
                    "/org/cxrtriage/icons/cxr-triage-" + size + ".png").toExternalForm()));
        }
        // 1366x768 is the smallest screen every mode is laid out for (field laptops)
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
    }

    /** Sizes the window so its content is {@code width x height} (layout checks and screenshots at 1366x768). */
    public void resize(double width, double height) {
        double chromeWidth = Double.isNaN(stage.getWidth()) ? 0 : stage.getWidth() - scene.getWidth();
        double chromeHeight = Double.isNaN(stage.getHeight()) ? 0 : stage.getHeight() - scene.getHeight();
        stage.setWidth(width + Math.max(0, chromeWidth));
        stage.setHeight(height + Math.max(0, chromeHeight));
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public WorkstationViewModel model() {
        return model;
    }

    public TriageViewModel triage() {
        return triage;
    }

    public NotificationsViewModel notifications() {
        return notifications;
    }

    /** The mode on screen is this preference: setting it switches the window. */
    public UserPreferences preferences() {
        return preferences;
    }

    public WorkstationView view() {
        return view;
    }
}
