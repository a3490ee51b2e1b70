package org.cxrtriage.cli;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.inference.triage.ImageAnalyser;
import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.AiResults;
import org.cxrtriage.review.RejectReason;
import org.cxrtriage.review.ReviewEvent;
import org.cxrtriage.review.ReviewSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code review}: records a reader's decision on the AI result of one image from a script (analysing it first
 * through the workstation's own analyser, so the flag is the same one the workstation shows), or prints the image's
 * trail with {@code --history}.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Record a reader's decision on the AI result of a DICOM image or PNG/JPEG picture, "
                + "or print its history.")
public final class ReviewCommand implements Callable<Integer> {
    /** Decisions the CLI can record (undo stays in the workstation, where the reader sees what is undone). */
    enum Choice { accept, reject, modify }

    private final StudyLoader loader;
    private final ImageAnalyser analyser;
    private final Supplier<ReviewSession> defaultSession;
    private final Function<String, ReviewSession> sessionOf;
    private final Printer printer;

    @Parameters(index = "0", paramLabel = "FILE", description = "a DICOM image or PNG/JPEG picture")
    Path file;
    @ArgGroup(multiplicity = "1")
    Mode mode;
    @Option(names = "--reason", paramLabel = "CODE", description = "reject reason: ARTEFACT, NOT_TB_LIKE, "
            + "POOR_QUALITY, OTHER (OTHER needs --note)")
    String reason;
    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "free text (required for modify)")
    String note;
    @Option(names = "--reader", paramLabel = "NAME", description = "who decides (required with --decision)")
    String reader;
    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    static final class Mode {
        @Option(names = "--decision", paramLabel = "accept|reject|modify", required = true)
        Choice decision;
        @Option(names = "--history", required = true, description = "print the events of this image")
        boolean history;
    }

    public ReviewCommand(StudyLoader loader, ImageAnalyser analyser, Supplier<ReviewSession> defaultSession,
                         Function<String, ReviewSession> sessionOf, Printer printer) {
        this.loader = loader;
        this.analyser = analyser;
        this.defaultSession = defaultSession;
        this.sessionOf = sessionOf;
        this.printer = printer;
    }

    @Override
    public Integer call() throws DicomException {
        Instance image = image(file);
        if (mode.history) {
            ReviewSession session = defaultSession.get();
            List<ReviewEvent> events = session.events(image.studyInstanceUid()).stream()
                    .filter(e -> e.flag().sopUid().equals(image.sopInstanceUid())).toList();
            events.forEach(this::print);
            if (!json && events.isEmpty()) {
                printer.line(file + ": no review events");
            }
            return 0;
        }
        if (reader == null || reader.isBlank()) {
            printer.error("error: --reader NAME is required to record a decision");
            return 2;
        }
        AnalysisResult analysed = analyser.analyse(image, () -> false);
        if (!(analysed instanceof AnalysisResult.Scored scored)) {
            printer.error("error: " + file + ": no AI result to review (" + ((AnalysisResult.NotAnalysed) analysed)
                    .reason() + ")");
            return 1;
        }
        String sha = analyser.models().loadedFingerprint()
                .orElseThrow(() -> new IllegalStateException("model fingerprint unknown after analysis"));
        AiResult result = AiResults.of(image, scored.prediction(), sha, scored.prediction().threshold());
        ReviewSession session = sessionOf.apply(reader);
        try {
            ReviewEvent event = switch (mode.decision) {
                case accept -> session.accept(result);
                case reject -> session.reject(result, rejectReason(), note);
                case modify -> session.modify(result, note);
            };
            print(event);
            return 0;
        } catch (IllegalArgumentException e) {
            printer.error("error: " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private RejectReason rejectReason() {
        if (reason == null) {
            throw new IllegalArgumentException("--reason CODE is required to reject (ARTEFACT, NOT_TB_LIKE, "
                    + "POOR_QUALITY, OTHER)");
        }
        return RejectReason.fromCode(reason.toUpperCase(Locale.ROOT));
    }

    /** The single image in FILE; a folder or a non-image is refused with the reason. */
    private Instance image(Path path) throws DicomException {
        LoadResult loaded = loader.load(path);
        if (!loaded.failures().isEmpty()) {
            LoadResult.LoadFailure f = loaded.failures().get(0);
            throw new DicomException(f.file(), f.reason());
        }
        List<Instance> images = loaded.studies().stream().flatMap(s -> s.instances().stream())
                .filter(Instance::hasPixels).toList();
        if (images.size() != 1) {
            throw new DicomException(path, images.isEmpty() ? "no image in it"
                    : images.size() + " images: review takes one image file");
        }
        return images.get(0);
    }

    private void print(ReviewEvent e) {
        if (json) {
            printer.json(HistoryLine.of(e));
        } else {
            printer.line(String.format(Locale.ROOT, "%s %s %s%s%s by %s (p=%.4f, threshold %.4f, %s %s) event %s",
                    e.at(), e.kind(), e.flag().finding(), e.rejectReason().map(r -> " reason " + r.code()).orElse(""),
                    e.note().isEmpty() ? "" : " note \"" + e.note() + "\"", e.reader(), e.result().probability(),
                    e.result().threshold(), e.flag().model().id(), e.flag().model().version(), e.eventId()
                            + (e.undoes().isEmpty() ? "" : " undoes " + e.undoes())));
        }
    }

    /** One --json line: the event with its flag, flat. */
    record HistoryLine(String eventId, String kind, String at, String reader, String studyUid, String seriesUid,
                       String sopUid, String finding, String model, String modelVersion, String modelSha256,
                       double probability, double threshold, boolean flagged, String reason, String note,
                       String undoes) {
        static HistoryLine of(ReviewEvent e) {
            var k = e.flag();
            return new HistoryLine(e.eventId(), e.kind().name(), e.at().toString(), e.reader(), k.studyUid(),
                    k.seriesUid(), k.sopUid(), k.finding(), k.model().id(), k.model().version(), k.model().sha256(),
                    e.result().probability(), e.result().threshold(), e.result().flagged(),
                    e.rejectReason().map(RejectReason::code).orElse(""), e.note(), e.undoes());
        }
    }
}
