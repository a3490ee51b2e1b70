package org.cxrtriage.app;

import org.cxrtriage.cli.CliServices;
import org.cxrtriage.cli.Printer;
import org.cxrtriage.cli.EvaluateCommand;
import org.cxrtriage.cli.PredictCommand;
import org.cxrtriage.cli.TrainCommand;
import org.cxrtriage.inference.ModelLoader;
import org.cxrtriage.inference.TensorFlowNatives;
import org.cxrtriage.cli.WorkstationOptions;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.training.Trainer;

import java.util.List;

/**
 * Builds every long-lived service once, with constructors, and hands them to the CLI commands and the
 * workstation. The only place that knows concrete implementations (PixelMed, DJL, the store).
 */
final class CompositionRoot {

    CliServices cliServices() {
        PictureFiles pictures = new PictureFiles();
        ModelLoader models = new ModelLoader(new TensorFlowNatives());
        return (Printer printer) -> List.of(
                new TrainCommand(new Trainer(pictures), printer),
                new PredictCommand(models, pictures, printer),
                new EvaluateCommand(models, pictures, printer));
    }

    int launchWorkstation(WorkstationOptions options) {
        throw new UnsupportedOperationException("workstation not wired yet");
    }
}
