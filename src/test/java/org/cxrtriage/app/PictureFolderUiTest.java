package org.cxrtriage.app;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cxrtriage.TestData;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.DisplayImage;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.imaging.PictureInstances;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.review.EventKind;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.ui.BrowserItem;
import org.cxrtriage.ui.FlagState;
import org.cxrtriage.ui.Readiness;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.cxrtriage.WorkstationDriver.text;
import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real workstation window (Monocle, shipped model, SQLite review store) on a folder of exported PNG films from
 * ../shared/data/cxr: the browser lists them, the first is displayed pixel for pixel as {@link PictureFiles} reads
 * it, it is scored, the worklist lists every picture, and a decision on it lands in the review store.
 */
@ExtendWith(ApplicationExtension.class)
class PictureFolderUiTest {
    @TempDir
    Path temp;
    private TestWorkstation workstation;
    private WorkstationWindow window;

    @Start
    void start(Stage stage) {
        workstation = TestWorkstation.show(stage, temp);
        window = workstation.window;
    }

    @AfterEach
    void stop() {
        workstation.close();
    }

    @Test
    void aFolderOfPngsIsDisplayedScoredListedAndReviewable(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("field-clinic"));
        List<Path> films;
        try (Stream<Path> tb = Files.list(TestData.cxr("tbx11k"))) {
            films = tb.filter(p -> p.toString().endsWith(".png")).sorted().limit(3).toList();
        }
        for (int i = 0; i < films.size(); i++) {
            Files.copy(films.get(i), folder.resolve(String.format("%02d.png", i)));
        }

        fx(() -> {
            window.model().open(folder);
            return null;
        });
        waitUntil(() -> fx(() -> window.model().readinessProperty().get().isFinal()));
        Readiness readiness = fx(() -> window.model().readinessProperty().get());
        assertEquals(Readiness.State.READY, readiness.state(), readiness.detail());

        List<BrowserItem> items = fx(() -> List.copyOf(window.model().browser().items()));
        assertEquals(List.of("00.png", "01.png", "02.png"), items.stream().map(BrowserItem::fileName).toList());
        Instance shown = fx(() -> window.model().viewport().instanceProperty().get());
        assertTrue(PictureInstances.isPicture(shown));
        assertEquals(folder.resolve("00.png").toAbsolutePath().normalize(), shown.source());
        DisplayImage image = fx(() -> window.model().viewport().imageProperty().get());
        assertTrue(image instanceof DisplayImage.Grey, String.valueOf(image));
        GreyImage expected = new PictureFiles().read(shown.source());
        assertArrayEquals(expected.pixels(), ((DisplayImage.Grey) image).image().pixels(),
                "the viewport shows the picture's own grey levels");

        waitUntil(() -> fx(() -> window.triage().analysis().result(shown).isPresent()));
        AnalysisResult result = fx(() -> window.triage().analysis().result(shown).orElseThrow());
        assertTrue(result instanceof AnalysisResult.Scored, result.toString());
        double probability = ((AnalysisResult.Scored) result).prediction().probability();
        waitUntil(() -> text(robot, "#result-probability").equals(String.format(Locale.ROOT, "%.4f", probability)));

        waitUntil(() -> fx(() -> window.triage().analysis().doneProperty().get()) == 3);
        List<WorklistRow> rows = fx(() -> List.copyOf(window.triage().worklist().rows()));
        assertEquals(3, rows.size(), "each picture is its own study");
        assertTrue(rows.stream().allMatch(r -> r.flagProperty().get() == FlagState.FLAGGED
                || r.flagProperty().get() == FlagState.NOT_FLAGGED), "every picture scored");

        waitUntil(() -> fx(() -> window.triage().review().currentProperty().get() != null));
        fx(() -> {
            window.scene().getRoot().requestFocus();
            return null;
        });
        robot.type(KeyCode.A);
        waitUntil(() -> text(robot, "#review-decision").startsWith("Accepted"));
        List<ReviewEvent> events = workstation.review.store().events(shown.studyInstanceUid());
        assertEquals(List.of(EventKind.ACCEPT), events.stream().map(ReviewEvent::kind).toList());
        assertEquals(shown.sopInstanceUid(), events.get(0).flag().sopUid());
        WaitForAsyncUtils.waitForFxEvents();
    }

}
