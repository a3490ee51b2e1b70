package org.cxrtriage.cli;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.PixelRaster;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.dicom.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code info FILE|DIR [--json] [--phi] [--decode]}: what each instance holds, one JSON object per instance with
 * --json. Load failures (and, with --decode, frames that cannot be decoded) are listed and make the exit code 1;
 * a single unreadable file is one line on stderr.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the UIDs, image geometry, transfer syntax and windows of DICOM files "
                + "(a file, folder, DICOMDIR or zip). DICOM only: PNG/JPEG pictures in a folder count as "
                + "skipped non-DICOM files.")
public final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", description = "DICOM file, folder, DICOMDIR or zip archive.")
    Path path;

    @Option(names = "--json", description = "One JSON object per instance (and per failure) per line.")
    boolean json;

    @Option(names = "--phi", description = "Include patient name and ID (left out by default).")
    boolean phi;

    @Option(names = "--decode", description = "Decode every frame and print its minimum and maximum stored value.")
    boolean decode;

    private final StudyLoader loader;
    private final FrameDecoder decoder;
    private final Printer printer;

    public InfoCommand(StudyLoader loader, FrameDecoder decoder, Printer printer) {
        this.loader = loader;
        this.decoder = decoder;
        this.printer = printer;
    }

    @Override
    public Integer call() {
        LoadResult result;
        try {
            result = loader.load(path);
        } catch (DicomException e) {
            printer.error("error: " + e.getMessage());
            return 1;
        }
        List<Instance> instances = result.studies().stream().flatMap(s -> s.instances().stream()).toList();
        if (instances.isEmpty() && result.failures().size() == 1 && Files.isRegularFile(path)) {
            LoadResult.LoadFailure failure = result.failures().get(0);
            printer.error("error: " + failure.file() + ": " + failure.reason());
            return 1;
        }
        boolean decodeFailed = false;
        for (Instance instance : instances) {
            decodeFailed |= !report(instance);
        }
        for (LoadResult.LoadFailure failure : result.failures()) {
            if (json) {
                printer.json(Map.of("file", failure.file().toString(), "error", failure.reason()));
            } else {
                printer.line("FAILED " + failure.file() + ": " + failure.reason());
            }
        }
        if (!json) {
            printer.line(summary(result, instances.size()));
        }
        return result.failures().isEmpty() && !decodeFailed ? 0 : 1;
    }

    /** Prints one instance; false when --decode was asked and a frame could not be decoded. */
    private boolean report(Instance instance) {
        List<InstanceInfo.FrameRange> ranges = null;
        String error = null;
        if (decode && instance.hasPixels()) {
            ranges = new ArrayList<>();
            try {
                for (int f = 0; f < instance.frameCount(); f++) {
                    ranges.add(range(f, decoder.decode(instance, f)));
                }
            } catch (DicomException e) {
                error = e.reason();
            }
        }
        InstanceInfo info = InstanceInfo.of(instance, phi, ranges, error);
        if (json) {
            printer.json(info);
        } else {
            printHuman(info);
        }
        return error == null;
    }

    private static InstanceInfo.FrameRange range(int frame, PixelRaster raster) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : raster.samples()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new InstanceInfo.FrameRange(frame + 1, min, max);
    }

    private void printHuman(InstanceInfo info) {
        printer.line(info.file());
        printer.line("  study:    " + info.studyInstanceUid());
        printer.line("  series:   " + info.seriesInstanceUid());
        printer.line("  instance: " + info.sopInstanceUid() + " (class " + info.sopClassUid() + ")");
        printer.line("  modality: " + (info.modality().isEmpty() ? "-" : info.modality()));
        if (info.rows() != null) {
            printer.line("  image:    " + info.photometricInterpretation() + ", " + info.rows() + " rows x "
                    + info.columns() + " columns, " + info.bitsStored() + " bits stored, " + info.frames() + " frame(s)");
        } else {
            printer.line("  image:    none (no pixel data)");
        }
        printer.line("  transfer syntax: " + info.transferSyntaxName() + " (" + info.transferSyntaxUid() + ")");
        if (!info.windows().isEmpty()) {
            printer.line("  windows:  " + info.windows().stream()
                    .map(w -> "C " + w.center() + " / W " + w.width()
                            + (w.explanation().isEmpty() ? "" : " (" + w.explanation() + ")"))
                    .collect(Collectors.joining(", ")));
        }
        if (info.patientName() != null) {
            printer.line("  patient:  " + info.patientName() + " (ID " + info.patientId() + ")");
        }
        if (info.decoded() != null) {
            for (InstanceInfo.FrameRange r : info.decoded()) {
                printer.line("  frame " + r.frame() + ": min " + r.min() + ", max " + r.max());
            }
        }
        if (info.decodeError() != null) {
            printer.line("  decode error: " + info.decodeError());
        }
    }

    private static String summary(LoadResult result, int instances) {
        List<Study> studies = result.studies();
        return instances + " instance(s) in " + studies.size() + " study(ies); " + result.failures().size()
                + " failure(s); " + result.skippedNonDicom() + " non-DICOM file(s) skipped";
    }
}
