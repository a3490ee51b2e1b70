package org.cxrtriage.cli;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.dicom.StudyLoader;
import org.cxrtriage.review.ReviewSession;
import org.cxrtriage.review.StudyReview;
import org.cxrtriage.review.export.ExportedStudy;
import org.cxrtriage.review.export.StudySrExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code export-sr}: for every study among the inputs with at least one decision, writes the AI result SR and the
 * assessment SR (PARTIAL while flags are pending). The images must be among the inputs, because patient and study
 * attributes are copied from their headers rather than kept in the review database.
 */
@Command(name = "export-sr", mixinStandardHelpOptions = true,
        description = "Write the DICOM AI result SR and assessment SR of every decided study among FILE|DIR. "
                + "DICOM images only: the SR copies patient and study attributes from their headers, which "
                + "PNG/JPEG pictures do not have.")
public final class ExportSrCommand implements Callable<Integer> {
    private final StudyLoader loader;
    private final Supplier<ReviewSession> session;
    private final Supplier<StudySrExporter> exporter;
    private final Printer printer;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder for the SR files")
    Path out;
    @Option(names = "--json", description = "one JSON object per exported study")
    boolean json;

    /** One --json line. */
    record ExportLine(String studyUid, String aiResult, String aiResultSopUid, String assessment,
                      String assessmentSopUid, boolean complete) {
    }

    public ExportSrCommand(StudyLoader loader, Supplier<ReviewSession> session, Supplier<StudySrExporter> exporter,
                           Printer printer) {
        this.loader = loader;
        this.session = session;
        this.exporter = exporter;
        this.printer = printer;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, Path> images = new HashMap<>();
        Map<String, Study> studies = new java.util.LinkedHashMap<>();
        int failures = 0;
        for (Path input : inputs) {
            LoadResult loaded = loader.load(input);
            for (LoadResult.LoadFailure f : loaded.failures()) {
                printer.error("error: " + f.file() + ": " + f.reason());
                failures++;
            }
            for (Study study : loaded.studies()) {
                studies.putIfAbsent(study.studyInstanceUid(), study);
                for (Instance i : study.instances()) {
                    images.put(i.sopInstanceUid(), i.source());
                }
            }
        }
        Files.createDirectories(out);
        ReviewSession reviews = session.get();
        int exported = 0;
        for (String studyUid : studies.keySet()) {
            StudyReview review = reviews.study(studyUid);
            if (review.flags().stream().noneMatch(f -> f.decided())) {
                continue;
            }
            try {
                ExportedStudy result = exporter.get().export(review, images, out);
                exported++;
                report(studyUid, result);
            } catch (DicomException | IllegalArgumentException e) {
                failures++;
                printer.error("error: study " + studyUid + ": " + e.getMessage());
            }
        }
        if (!json) {
            printer.line("exported " + exported + " stud" + (exported == 1 ? "y" : "ies") + " to " + out);
        }
        return failures == 0 ? 0 : 1;
    }

    private void report(String studyUid, ExportedStudy result) {
        var assessment = result.assessmentReport();
        if (json) {
            printer.json(new ExportLine(studyUid, result.aiResult().file().toString(),
                    result.aiResult().reference().sopInstanceUid(),
                    assessment.map(a -> a.file().toString()).orElse(""),
                    assessment.map(a -> a.reference().sopInstanceUid()).orElse(""), result.complete()));
        } else {
            printer.line(studyUid + ": " + result.aiResult().file().getFileName()
                    + assessment.map(a -> " + " + a.file().getFileName()).orElse("")
                    + (result.complete() ? " (complete)" : " (partial: flags pending)"));
        }
    }
}
