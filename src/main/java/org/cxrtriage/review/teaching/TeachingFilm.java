package org.cxrtriage.review.teaching;

import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.SaliencyMap;

import java.util.Optional;

/**
 * A quiz film made ready for the screen: its pixels (absent when the file could not be read), the model's result,
 * and the model's attention map (absent when the model had no result). Built by {@link TeachingAnalyser}.
 */
public final class TeachingFilm {
    private final TeachingItem item;
    private final GreyImage image;
    private final ModelResult result;
    private final SaliencyMap attention;

    TeachingFilm(TeachingItem item, GreyImage image, ModelResult result, SaliencyMap attention) {
        this.item = item;
        this.image = image;
        this.result = result;
        this.attention = attention;
    }

    public TeachingItem item() {
        return item;
    }

    public Optional<GreyImage> image() {
        return Optional.ofNullable(image);
    }

    /** What to pass to {@link QuizSession#reveal}. */
    public ModelResult result() {
        return result;
    }

    public Optional<SaliencyMap> attention() {
        return Optional.ofNullable(attention);
    }
}
