package org.cxrtriage.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cxrtriage.TestData;
import org.cxrtriage.cli.CommandLineFactory;
import org.cxrtriage.cli.RootCommand;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.Colormap;
import org.cxrtriage.imaging.SaliencyMap;
import org.cxrtriage.imaging.SaliencyStyle;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.ui.ColourBar;
import org.cxrtriage.ui.FlagState;
import org.cxrtriage.ui.Messages;
import org.cxrtriage.ui.ViewTransform;
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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.cxrtriage.WorkstationDriver.text;
import static org.cxrtriage.WorkstationDriver.openAndWait;
import static org.cxrtriage.FxWait.fx;
import static org.cxrtriage.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AI side of the real workstation window on Monocle with the shipped model and real films: the score shown
 * against what {@code predict} prints, the overlay's pixels, the legend, "not analysed", cancel, the worklist.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationAnalysisUiTest {
    private static final Path CHEST = Path.of("radiography/RG1_J2KI.dcm");

    @TempDir
    Path temp;
    private TestWorkstation workstation;
    private DicomModule dicom;
    private WorkstationWindow window;
    private org.cxrtriage.TestReview review;

    @Start
    void start(Stage stage) {
        workstation = TestWorkstation.show(stage, temp);
        review = workstation.review;
        dicom = workstation.dicom;
        window = workstation.window;
    }

    @AfterEach
    void stop() {
        workstation.close();
    }

    @Test
    void shownProbabilityIsWhatPredictPrints(FxRobot robot) throws Exception {
        Path chest = TestData.dicom(CHEST.toString());
        StringWriter out = new StringWriter();
        CompositionRoot root = new CompositionRoot(dicom);
        int exit = CommandLineFactory.create(new RootCommand(root::launchWorkstation), root.cliServices(),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("predict", "--json", chest.toString());
        assertEquals(0, exit, out.toString());
        var line = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        double predicted = line.get("probability").asDouble();

        openAndWait(window, chest);

        AnalysisResult.Scored scored = scored();
        assertEquals(predicted, scored.prediction().probability(), 1e-5);
        assertEquals(String.format(Locale.ROOT, "%.4f", predicted), text(robot, "#result-probability"));
        double threshold = line.get("threshold").asDouble();
        assertEquals(String.format(Locale.ROOT, "%.4f", threshold), text(robot, "#result-threshold"));
        assertEquals((predicted >= threshold ? FlagState.FLAGGED : FlagState.NOT_FLAGGED).label(Messages.english()),
                text(robot, "#result-flag"));
        assertEquals("tb-cxr-v1 1.0.0", text(robot, "#result-model"));
        assertTrue(text(robot, "#not-a-diagnosis").contains("Not a diagnosis"));

        // a site threshold just above / below the score flips the flag; the score itself never changes
        fx(() -> {
            window.triage().results().settings().thresholdProperty().set(predicted + 0.01);
            return null;
        });
        assertEquals(FlagState.NOT_FLAGGED.label(Messages.english()), text(robot, "#result-flag"));
        fx(() -> {
            window.triage().results().settings().thresholdProperty().set(predicted - 0.01);
            return null;
        });
        assertEquals(FlagState.FLAGGED.label(Messages.english()), text(robot, "#result-flag"));
        assertEquals(String.format(Locale.ROOT, "%.4f", predicted), text(robot, "#result-probability"));
    }

    @Test
    void overlayPaintsWhereGradCamIsHighOnlyAndOpacityZeroRestoresThePixels(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom(CHEST.toString()));
        int[] plain = viewportArgb(robot);
        int width = viewportWidth(robot);
        SaliencyMap map = toMap(scored());
        assertTrue(map.max() > 0.5, "Grad-CAM has a strong region: max " + map.max());

        fx(() -> {
            window.triage().results().opacityProperty().set(0.7);
            return null;
        });
        robot.type(KeyCode.H);
        waitUntil(() -> !Arrays.equals(plain, viewportArgb(robot)));
        int[] shown = viewportArgb(robot);

        ViewTransform t = fx(() -> window.model().viewport().transformProperty().get());
        Instance instance = fx(() -> window.model().viewport().instanceProperty().get());
        int iw = instance.pixels().columns();
        int ih = instance.pixels().rows();
        int high = 0;
        int zero = 0;
        int rows = plain.length / width;
        for (int sy = 95; sy < rows - 95; sy += 3) {
            for (int sx = 0; sx < width; sx += 3) {
                int ix = (int) ((sx + 0.5 - t.offsetX()) / t.scale());
                int iy = (int) ((sy + 0.5 - t.offsetY()) / t.scale());
                if (ix < 2 || iy < 2 || ix >= iw - 2 || iy >= ih - 2) {
                    continue;
                }
                double v = map.valueAt(ix, iy, iw, ih);
                int i = sy * width + sx;
                if (v >= 0.5) {
                    assertNotEquals(plain[i], shown[i], "overlay at screen " + sx + "," + sy + " (map " + v + ")");
                    high++;
                } else if (v < 0.02 && lowAround(map, ix, iy, iw, ih, 3 / t.scale())) {
                    assertEquals(plain[i], shown[i], "no overlay at screen " + sx + "," + sy + " (map " + v + ")");
                    zero++;
                }
            }
        }
        assertTrue(high > 50 && zero > 50, high + " high and " + zero + " zero points checked");

        fx(() -> {
            window.triage().results().opacityProperty().set(0);
            return null;
        });
        waitUntil(() -> Arrays.equals(plain, viewportArgb(robot)));
        assertTrue(fx(() -> window.triage().results().showOverlayProperty().get()), "still shown, at opacity 0");
    }

    @Test
    void occlusionOnDemandReplacesTheOverlayWithItsOwnMap(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom(CHEST.toString()));
        int[] plain = viewportArgb(robot);
        robot.clickOn("#overlay-occlusion");
        waitUntil(() -> fx(() -> window.triage().results().sourceProperty().get()
                == org.cxrtriage.ui.ResultPanelViewModel.Source.OCCLUSION
                && window.triage().results().showOverlayProperty().get()));
        waitUntil(() -> !Arrays.equals(plain, viewportArgb(robot)));
        int[] occlusion = viewportArgb(robot);
        fx(() -> {
            window.triage().results().sourceProperty().set(org.cxrtriage.ui.ResultPanelViewModel.Source.GRAD_CAM);
            return null;
        });
        waitUntil(() -> !Arrays.equals(occlusion, viewportArgb(robot)) && !Arrays.equals(plain, viewportArgb(robot)));
    }

    @Test
    void legendShowsExactlyTheColormapThatPaints(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom(CHEST.toString()));
        for (Colormap colormap : Colormap.values()) {
            fx(() -> {
                window.triage().results().colormapProperty().set(colormap);
                window.triage().results().cutOffProperty().set(0.35);
                return null;
            });
            SaliencyStyle style = fx(() -> window.triage().results().styleProperty().get());
            assertEquals(colormap, style.colormap());
            PixelReader legend = fx(() -> ((ImageView) robot.lookup("#saliency-legend").query()).getImage()
                    .getPixelReader());
            for (int row = 0; row < 160; row++) {
                int r = row;
                double v = ColourBar.valueOfRow(row);
                int expected = 0xFF000000 | (v >= 0.35 ? colormap.rgb(v) : SaliencyStyle.UNPAINTED);
                assertEquals(expected, (int) fx(() -> legend.getArgb(5, r)), colormap + " row " + row);
            }
        }
        assertTrue(text(robot, "#overlay-caveat").contains("model attention, not a lesion outline")
                || text(robot, "#overlay-caveat").contains("Model attention, not a lesion outline"));
    }

    @Test
    void ctImageIsNotAnalysedAndSaysWhy(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom("transfer-syntax/CTImage.dcm"));
        assertEquals(FlagState.NOT_ANALYSED.label(Messages.english()), text(robot, "#result-flag"));
        String why = text(robot, "#result-explanation");
        assertTrue(why.startsWith("Not analysed: modality CT"), why);
        assertEquals("–", text(robot, "#result-probability"));
    }

    @Test
    void dicomdirShowsNotAnalysedForMrCtAndSpineFilms(FxRobot robot) throws Exception {
        openAndWait(window, TestData.dicom("dicomdir/DICOMDIR"));
        List<AnalysisResult> all = fx(() -> List.copyOf(window.triage().analysis().results().values()));
        assertEquals(fx(() -> window.model().browser().items().size()), all.size());
        assertTrue(all.stream().allMatch(AnalysisResult.NotAnalysed.class::isInstance), "nothing in it is a chest film: "
                + all);
        assertTrue(all.stream().map(r -> ((AnalysisResult.NotAnalysed) r).reason())
                .anyMatch(r -> r.startsWith("modality MR")), all.toString());
        assertTrue(all.stream().map(r -> ((AnalysisResult.NotAnalysed) r).reason())
                .anyMatch(r -> r.startsWith("modality CT")), all.toString());
        assertTrue(all.stream().map(r -> ((AnalysisResult.NotAnalysed) r).reason())
                .anyMatch(r -> r.startsWith("body part CSPINE")), "the CR films are cervical spine: " + all);
    }

    @Test
    void stoppingAFolderAnalysisStopsAtOnceAndStartResumesIt(FxRobot robot) throws Exception {
        Path folder = ChestFolders.write(dicom.writer(), temp.resolve("folder"),
                ChestFolders.rows(r -> r.split().equals("test"), 24));
        fx(() -> {
            window.triage().analysis().doneProperty().addListener((obs, old, now) -> {
                if (now.intValue() == 2) {
                    window.triage().stopAnalysis();
                }
            });
            window.model().open(folder);
            return null;
        });
        waitUntil(() -> fx(() -> window.triage().analysis().doneProperty().get() >= 2));
        assertTrue(fx(() -> window.triage().analysis().idleProperty().get()), "idle as soon as stopped");
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, (int) fx(() -> window.triage().analysis().doneProperty().get()), "nothing after stop");
        assertEquals(2, (int) fx(() -> window.triage().analysis().results().size()));
        assertFalse(fx(() -> window.model().status().activityProperty().get()).contains("Analysing"),
                "no analysis task left running");

        robot.clickOn("#analysis-start");
        waitUntil(() -> fx(() -> window.triage().analysis().doneProperty().get()) == 24);
        assertEquals(24, (int) fx(() -> window.triage().analysis().results().size()));
    }

    @Test
    void worklistSortsByHighestScoreFiltersFlaggedAndStepsWithKeys(FxRobot robot) throws Exception {
        Path folder = ChestFolders.write(dicom.writer(), temp.resolve("folder"),
                ChestFolders.rows(r -> r.split().equals("test") || r.split().equals("external"), 12));
        openAndWait(window, folder);
        TableView<WorklistRow> table = robot.lookup("#worklist-table").queryTableView();
        List<WorklistRow> shown = fx(() -> List.copyOf(table.getItems()));
        assertEquals(12, shown.size());
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i - 1).highestProperty().get() >= shown.get(i).highestProperty().get(),
                    "sorted by highest score, descending, at " + i);
        }
        long flagged = shown.stream().filter(r -> r.flagProperty().get() == FlagState.FLAGGED).count();
        assertTrue(flagged > 0 && flagged < 12, flagged + " flagged");
        assertTrue(shown.stream().allMatch(r -> r.reviewProperty().get().equals(WorklistRow.PENDING)));

        robot.clickOn("#worklist-flagged-only");
        List<WorklistRow> filtered = fx(() -> List.copyOf(table.getItems()));
        assertEquals(flagged, filtered.size());
        assertTrue(filtered.stream().allMatch(r -> r.flagProperty().get() == FlagState.FLAGGED));

        fx(() -> {
            window.triage().worklist().selectedProperty().set(filtered.get(0));
            window.scene().getRoot().requestFocus();
            return null;
        });
        if (filtered.size() > 1) {
            robot.type(KeyCode.N);
            waitUntil(() -> fx(() -> window.model().viewport().instanceProperty().get())
                    == filtered.get(1).images().get(0));
            robot.type(KeyCode.B);
            waitUntil(() -> fx(() -> window.model().viewport().instanceProperty().get())
                    == filtered.get(0).images().get(0));
        }
    }

    // ---- helpers ----

    private AnalysisResult.Scored scored() {
        return fx(() -> {
            Instance instance = window.model().viewport().instanceProperty().get();
            AnalysisResult r = window.triage().analysis().result(instance).orElseThrow();
            assertTrue(r instanceof AnalysisResult.Scored, r.toString());
            return (AnalysisResult.Scored) r;
        });
    }

    private static SaliencyMap toMap(AnalysisResult.Scored s) {
        var h = s.prediction().heatmap();
        return new SaliencyMap(h.width(), h.height(), h.values(), h.cropFraction());
    }

    /** No painted value within {@code radius} image pixels: screen smoothing cannot bleed colour in there. */
    private static boolean lowAround(SaliencyMap map, int x, int y, int w, int h, double radius) {
        int r = (int) Math.ceil(radius) + 1;
        for (int dy = -r; dy <= r; dy += r) {
            for (int dx = -r; dx <= r; dx += r) {
                int xx = Math.max(0, Math.min(w - 1, x + dx));
                int yy = Math.max(0, Math.min(h - 1, y + dy));
                if (map.valueAt(xx, yy, w, h) >= 0.1) {
                    return false;
                }
            }
        }
        return true;
    }

    private int viewportWidth(FxRobot robot) {
        return fx(() -> (int) robot.lookup("#viewport").query().snapshot(null, null).getWidth());
    }

    /** ARGB of the viewport as rendered (node snapshot: layout, scaling and smoothing included). */
    private int[] viewportArgb(FxRobot robot) {
        return fx(() -> {
            Node viewport = robot.lookup("#viewport").query();
            WritableImage shot = viewport.snapshot(null, null);
            PixelReader reader = shot.getPixelReader();
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            int[] argb = new int[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    // corner texts change with the state: compare the image, not the letters
                    argb[y * w + x] = y < 90 || y >= h - 90 ? 0 : reader.getArgb(x, y);
                }
            }
            return argb;
        });
    }
}
