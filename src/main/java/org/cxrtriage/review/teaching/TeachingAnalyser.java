package org.cxrtriage.review.teaching;

import org.cxrtriage.imaging.FilmReader;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.ImageReadException;
import org.cxrtriage.imaging.SaliencyMap;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.Heatmap;
import org.cxrtriage.inference.InferenceException;
import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.triage.ClassifierProvider;
import org.cxrtriage.inference.triage.Eligibility;

import java.util.Optional;

/**
 * Reads a quiz film and puts it to the shipped model: probability and Grad-CAM in one call, as the workstation and
 * {@code predict} do, with the workstation's pixel rules (a near-uniform or too small film is not analysed). A
 * film that cannot be read or analysed becomes {@link ModelResult.NotAnalysed} with its reason, never an exception,
 * because in a quiz the model's silence is itself worth showing.
 *
 * <p>Blocking (a PNG read and a model call: tens of ms; a compressed DICOM: seconds): run it off the UI thread.
 * Thread-safe: each call borrows its own model session.
 */
public final class TeachingAnalyser {
    /** How {@link TeachingFilm#attention()} is made, for legends and slides: the model's in-graph Grad-CAM output. */
    public static final String ATTENTION_METHOD = "Grad-CAM";

    private final ClassifierProvider models;
    private final FilmReader films;

    public TeachingAnalyser(ClassifierProvider models, FilmReader films) {
        this.models = models;
        this.films = films;
    }

    public TeachingFilm analyse(TeachingItem item) {
        GreyImage image;
        try {
            image = films.read(item.image());
        } catch (ImageReadException e) {
            return new TeachingFilm(item, null, new ModelResult.NotAnalysed(e.reason()), null);
        }
        try {
            ClassifierSession session = models.borrow();
            try {
                int side = session.descriptor().preprocessing().inputSize();
                Optional<String> problem = problem(image, side);
                if (problem.isPresent()) {
                    return new TeachingFilm(item, image, new ModelResult.NotAnalysed(problem.get()), null);
                }
                Prediction p = session.predict(image);
                Heatmap h = p.heatmap();
                return new TeachingFilm(item, image, ModelResult.of(p),
                        new SaliencyMap(h.width(), h.height(), h.values(), h.cropFraction()));
            } finally {
                models.release(session);
            }
        } catch (ClassifierProvider.ModelUnavailableException e) {
            return new TeachingFilm(item, image, new ModelResult.NotAnalysed(e.getMessage()), null);
        } catch (InferenceException e) {
            return new TeachingFilm(item, image, new ModelResult.NotAnalysed("model call failed: " + e.getMessage()),
                    null);
        }
    }

    private static Optional<String> problem(GreyImage image, int side) {
        if (Math.min(image.width(), image.height()) < side) {
            return Optional.of("image " + image.width() + "x" + image.height() + " is smaller than the model's "
                    + side + "x" + side + " input");
        }
        return new Eligibility(side).pixelProblem(image);
    }
}
