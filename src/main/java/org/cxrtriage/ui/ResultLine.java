package org.cxrtriage.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * The radiologist's one-line AI result for the image on screen, shown in a strip under the film so it never covers
 * anatomy: flag, probability against the threshold in force, model.
 */
final class ResultLine {
    private final StringBinding text;

    ResultLine(ResultPanelViewModel results, Messages messages) {
        text = Bindings.createStringBinding(() -> switch (results.flagProperty().get()) {
            case PENDING -> messages.text("resultLine.pending");
            case NOT_ANALYSED -> messages.format("resultLine.notAnalysed", results.explanationProperty().get());
            case FLAGGED -> messages.format("resultLine.flagged", results.probabilityProperty().get(),
                    results.thresholdProperty().get(), results.modelProperty().get());
            case NOT_FLAGGED -> messages.format("resultLine.notFlagged", results.probabilityProperty().get(),
                    results.thresholdProperty().get(), results.modelProperty().get());
        }, results.flagProperty(), results.probabilityProperty(), results.thresholdProperty(),
                results.modelProperty(), results.explanationProperty());
    }

    StringBinding textProperty() {
        return text;
    }
}
