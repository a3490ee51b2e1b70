package org.cxrtriage.app;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cxrtriage.TestData;
import org.cxrtriage.TestModels;
import org.cxrtriage.TestReview;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.review.Decision;
import org.cxrtriage.review.EventKind;
import org.cxrtriage.review.RejectReason;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.review.StudyReview;
import org.cxrtriage.ui.FlagState;
import org.cxrtriage.ui.RecentStudies;
import org.cxrtriage.ui.SiteSettings;
import org.cxrtriage.ui.WorklistRow;
import org.cxrtriage.ui.WorkstationWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.cxrtriage.WorkstationDriver.text;
import static org.cxrtriage.WorkstationDriver.openAndWait;
import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review workflow in the real workstation window on Monocle, with the shipped model, real COVID-19 films the
 * model flags, and a real SQLite store: reject with a reason, undo, accept, then a "restart" (a new window and a new
 * store on the same database file) whose worklist shows the study as reviewed.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationReviewUiTest {
    private static final String READER = "Dr Test Reader";

    @TempDir
    Path temp;
    private DicomModule dicom;
    private WorkstationWindow window;
    private ExecutorService pool;
    private TestReview review;

    @Start
    void start(Stage stage) {
        pool = Executors.newFixedThreadPool(2);
        dicom = new DicomModule(256L << 20, UidGenerator.UUID_ROOT, temp.resolve("tmp"));
        review = TestReview.in(temp.resolve("store"), READER);
        window = build(stage, review);
        window.show();
    }

    private WorkstationWindow build(Stage stage, TestReview store) {
        return new WorkstationWindow(stage, dicom.loader(), dicom.decoder(), new DisplayPipeline(), pool,
                new RecentStudies(temp.resolve("recent.txt"), 5), TestModels.analyser(dicom.decoder()),
                new SiteSettings(temp.resolve("site.properties")), store.session(),
                new org.cxrtriage.ui.UserPreferences(temp.resolve("preferences.properties")),
                org.cxrtriage.ui.Messages.english());
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        review.close();
        dicom.close();
    }

    @Test
    void rejectUndoAcceptIsTheTrailAndARestartShowsTheStudyReviewed(FxRobot robot) throws Exception {
        Path folder = ChestFolders.write(dicom.writer(), temp.resolve("covid"), ChestFolders.rows(
                r -> r.split().equals("external") && r.label().equals("covid19"), 4));
        openAndWait(window, folder);
        WorklistRow top = fx(() -> window.triage().worklist().shown().get(0));
        assertEquals(FlagState.FLAGGED, top.flagProperty().get(), "the highest-scored COVID-19 film is flagged");
        Instance image = top.images().get(0);
        String study = image.studyInstanceUid();
        fx(() -> {
            window.triage().worklist().selectedProperty().set(top);
            return null;
        });
        waitUntil(() -> fx(() -> window.model().viewport().instanceProperty().get() == image
                && window.triage().review().currentProperty().get() != null));
        assertEquals("Reader: " + READER, text(robot, "#review-reader"));
        assertEquals(WorklistRow.PENDING, top.reviewProperty().get());
        waitUntil(() -> text(robot, "#review-decision").startsWith("Pending"));

        // R opens the reason chooser; nothing is recorded until the reader confirms
        fx(() -> {
            window.scene().getRoot().requestFocus();
            return null;
        });
        robot.type(KeyCode.R);
        waitUntil(() -> fx(() -> robot.lookup("#review-reject-form").query().isVisible()));
        assertTrue(fx(() -> robot.lookup("#review-reject-confirm").queryAs(Button.class).isDisabled()),
                "no reason chosen yet: confirm is disabled");
        assertEquals(List.of(), review.store().events(study));
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<RejectReason> reasons = robot.lookup("#review-reason").queryAs(ComboBox.class);
            reasons.setValue(RejectReason.FINDING_NOT_TB_LIKE);
            robot.lookup("#review-reject-text").queryAs(TextField.class).setText("looks like viral pneumonia");
            return null;
        });
        // the right column can reach below the Monocle screen, so the confirm button is fired rather than clicked
        assertFalse(fx(() -> robot.lookup("#review-reject-confirm").queryAs(Button.class).isDisabled()));
        fx(() -> {
            robot.lookup("#review-reject-confirm").queryAs(Button.class).fire();
            return null;
        });
        waitUntil(() -> text(robot, "#review-decision").startsWith("Rejected (Finding not TB-like)"));
        assertTrue(text(robot, "#review-decision").endsWith("by " + READER), text(robot, "#review-decision"));

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#review-decision").startsWith("Pending"));

        fx(() -> {
            window.scene().getRoot().requestFocus();
            return null;
        });
        robot.type(KeyCode.A);
        waitUntil(() -> text(robot, "#review-decision").startsWith("Accepted"));
        waitUntil(() -> fx(() -> top.reviewProperty().get().equals(WorklistRow.REVIEWED)));
        waitUntil(() -> text(robot, "#review-summary").contains("1 accepted, 0 rejected"));

        List<ReviewEvent> events = review.store().events(study);
        assertEquals(List.of(EventKind.REJECT, EventKind.UNDO, EventKind.ACCEPT),
                events.stream().map(ReviewEvent::kind).toList());
        assertEquals(RejectReason.FINDING_NOT_TB_LIKE, events.get(0).reason());
        assertEquals("looks like viral pneumonia", events.get(0).note());
        assertEquals(events.get(0).eventId(), events.get(1).undoes());
        assertTrue(events.stream().allMatch(e -> e.reader().equals(READER)
                && e.flag().sopUid().equals(image.sopInstanceUid()) && e.result().flagged()));
        assertEquals(1, review.store().results(study).size(), "one registered AI result: the flag itself");
        StudyReview state = review.store().study(study);
        assertEquals(Decision.ACCEPTED, state.flags().get(0).decision());
        assertTrue(state.reviewed());

        // "restart": this window goes, a new one with a new store on the same database file opens the folder
        fx(() -> {
            window.stage().close();
            return null;
        });
        review.close();
        review = TestReview.in(temp.resolve("store"), READER);
        window = fx(() -> {
            WorkstationWindow restarted = build(new Stage(), review);
            restarted.show();
            return restarted;
        });
        openAndWait(window, folder);
        waitUntil(() -> fx(() -> window.triage().worklist().rows().stream()
                .filter(r -> r.study().studyInstanceUid().equals(study))
                .allMatch(r -> r.reviewProperty().get().equals(WorklistRow.REVIEWED))));
        List<WorklistRow> rows = fx(() -> List.copyOf(window.triage().worklist().rows()));
        assertEquals(4, rows.size());
        assertEquals(1, rows.stream().filter(r -> r.reviewProperty().get().equals(WorklistRow.REVIEWED)).count(),
                "only the decided study is reviewed");
    }

    @Test
    void reviewIsDisabledWithTheReasonWhenThereIsNoModelResult(FxRobot robot) throws Exception {
        List<String> keys = fx(() -> window.view().shortcuts().stream().map(org.cxrtriage.ui.Shortcut::keys)
                .toList());
        assertTrue(keys.containsAll(List.of("A", "R", "M", "Ctrl+Z", "Esc")), keys.toString());
        openAndWait(window, TestData.dicom("transfer-syntax/CTImage.dcm"));
        waitUntil(() -> text(robot, "#review-unavailable").startsWith("No model result to review (modality CT"));
        for (String id : List.of("#review-accept", "#review-reject", "#review-modify", "#review-undo")) {
            assertTrue(fx(() -> robot.lookup(id).queryAs(Button.class).isDisabled()), id + " disabled");
        }
        fx(() -> {
            window.scene().getRoot().requestFocus();
            return null;
        });
        robot.type(KeyCode.A);
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> robot.lookup("#review-reject-form").query().isVisible()));
        String study = fx(() -> window.model().viewport().instanceProperty().get().studyInstanceUid());
        assertEquals(List.of(), review.store().events(study));
        assertEquals(List.of(), review.store().results(study));
    }

    @Test
    void aFailedSaveStaysOnScreenAsUnsavedWithANotice(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom("radiography/RG1_J2KI.dcm"));
        waitUntil(() -> fx(() -> window.triage().review().currentProperty().get() != null));
        waitUntil(() -> text(robot, "#review-decision").startsWith("Pending"));
        review.close(); // the database goes away under the workstation (a real failure, not a simulated one)
        fx(() -> {
            window.scene().getRoot().requestFocus();
            return null;
        });
        robot.type(KeyCode.A);
        waitUntil(() -> text(robot, "#review-unsaved").equals("Unsaved: Accept"));
        assertTrue(fx(() -> robot.lookup("#review-retry").query().isVisible()));
        assertTrue(text(robot, "#review-decision").startsWith("Pending"), "not shown as saved");
        List<org.cxrtriage.ui.Notice> notices = fx(() -> List.copyOf(window.notifications().notices()));
        assertTrue(notices.stream().anyMatch(n -> n.level() == org.cxrtriage.ui.Notice.Level.ERROR
                && n.title().equals("Review decision NOT saved")), notices.toString());
        assertFalse(notices.toString().contains("Exception:"), "a reason, not a stack trace: " + notices);
        robot.clickOn("#review-retry");
        waitUntil(() -> fx(() -> !window.triage().review().savingProperty().get()));
        assertEquals("Unsaved: Accept", text(robot, "#review-unsaved"), "still unsaved after a retry that failed");
    }

    // ---- helpers ----

}
