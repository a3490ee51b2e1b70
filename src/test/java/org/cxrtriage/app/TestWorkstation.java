package org.cxrtriage.app;

import javafx.stage.Stage;
import org.cxrtriage.TestModels;
import org.cxrtriage.TestReview;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.ui.RecentStudies;
import org.cxrtriage.ui.SiteSettings;
import org.cxrtriage.ui.WorkstationWindow;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real workstation window with the shipped model, a review store and every per-user file in a temp folder:
 * what the TestFX tests of the AI side drive. Built the way the composition root builds it.
 */
final class TestWorkstation implements AutoCloseable {
    final TestReview review;
    final ExecutorService pool;
    final DicomModule dicom;
    final WorkstationWindow window;

    private TestWorkstation(Stage stage, Path temp) {
        review = TestReview.in(temp.resolve("review"), "Test Reader");
        pool = Executors.newFixedThreadPool(2);
        dicom = new DicomModule(256L << 20, UidGenerator.UUID_ROOT, temp.resolve("tmp"));
        window = new WorkstationWindow(stage, dicom.loaderWithPictures(), dicom.decoder(), new DisplayPipeline(), pool,
                new RecentStudies(temp.resolve("recent.txt"), 5), TestModels.analyser(dicom.decoder()),
                new SiteSettings(temp.resolve("site.properties")), review.session(),
                new org.cxrtriage.ui.UserPreferences(temp.resolve("preferences.properties")),
                org.cxrtriage.ui.Messages.english());
    }

    /** Builds and shows it on {@code stage}; call from TestFX's {@code @Start}. */
    static TestWorkstation show(Stage stage, Path temp) {
        TestWorkstation workstation = new TestWorkstation(stage, temp);
        workstation.window.show();
        return workstation;
    }

    @Override
    public void close() {
        review.close();
        pool.shutdownNow();
        dicom.close();
    }
}
