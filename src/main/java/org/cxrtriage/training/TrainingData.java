package org.cxrtriage.training;

import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.ImageReadException;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.inference.evaluation.ImageManifest;
import org.cxrtriage.inference.evaluation.ManifestRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the manifest rows the trainer needs (all splits, so the final report covers test and external sets),
 * decoding each picture once through the shared reader. Unreadable files stop the run with their name: a model
 * trained on a silently shrunken set would misreport its data in the card.
 */
final class TrainingData {
    /** Labels the trainer reads; evaluation-only labels (covid19, other ...) are read too, for the report. */
    static final Set<String> TB_LABELS = Set.of("tb");

    private final PictureFiles pictures;

    TrainingData(PictureFiles pictures) {
        this.pictures = pictures;
    }

    List<Example> load(Path manifest, TrainingListener listener) throws IOException {
        List<ManifestRow> rows = new ImageManifest().read(manifest);
        List<Example> examples = new ArrayList<>();
        for (ManifestRow row : rows) {
            // The full-resolution copies duplicate downscaled rows: train and report on each image once.
            if (row.path().toString().contains("/fullres/") || row.split().isEmpty()) {
                continue;
            }
            try {
                GreyImage image = pictures.read(row.path());
                examples.add(new Example(row.source(), row.label(), row.split(), TB_LABELS.contains(row.label()),
                        image));
            } catch (ImageReadException e) {
                throw new IOException("training image unreadable: " + e.getMessage(), e);
            }
            if (examples.size() % 200 == 0) {
                listener.message("loaded " + examples.size() + " of " + rows.size() + " images");
            }
        }
        listener.message("loaded " + examples.size() + " images");
        return examples;
    }
}
