package org.cxrtriage.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench ui [FILE]}: opens the workstation on a study, and from the open until the image is displayed and
 * analysed records the longest gap between JavaFX pulses (how long the UI thread was ever busy). Needs a display.
 */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Longest gap between JavaFX pulses while a study opens and is analysed (needs a display).")
public final class BenchUiCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "study (default ${DEFAULT-VALUE})")
    Path study = Path.of("../shared/data/dicom/large/RG1_2500_jpll_sv1.dcm");
    @Option(names = "--json", description = "one JSON line")
    boolean json;

    /** Runs the workstation on the study and measures its pulses; the composition root provides it. */
    @FunctionalInterface
    public interface Measurement {
        Figures measure(Path study) throws Exception;
    }

    /** What {@code --json} prints. */
    public record Figures(String study, double longest_pulse_gap_ms, double median_pulse_gap_ms, int pulses,
                          double seconds) {
    }

    private final Measurement measurement;
    private final Printer printer;

    public BenchUiCommand(Measurement measurement, Printer printer) {
        this.measurement = measurement;
        this.printer = printer;
    }

    @Override
    public Integer call() throws Exception {
        Figures f = measurement.measure(study);
        if (json) {
            printer.json(f);
        } else {
            printer.line(String.format(Locale.ROOT, "%s: open + display + analysis took %.1f s, %d pulses; longest"
                    + " gap between pulses %.0f ms, median %.1f ms", f.study(), f.seconds(), f.pulses(),
                    f.longest_pulse_gap_ms(), f.median_pulse_gap_ms()));
        }
        return 0;
    }
}
