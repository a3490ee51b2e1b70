package org.cxrtriage.review.export;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.dicom.sr.Equipment;
import org.cxrtriage.dicom.sr.SecondaryCapture;
import org.cxrtriage.dicom.sr.SecondaryCaptureWriter;
import org.cxrtriage.dicom.sr.SopReference;
import org.cxrtriage.dicom.sr.SrReader;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.review.AiResult;

import java.nio.file.Path;
import java.time.Clock;

/** The optional third output: the model's heatmap over the image as a Secondary Capture in the study. */
public final class HeatmapExporter {
    static final int HEATMAP_SERIES_NUMBER = 9903;

    private final SrReader reader;
    private final SecondaryCaptureWriter writer;
    private final UidGenerator uids;
    private final Equipment equipment;
    private final Clock clock;

    public HeatmapExporter(SrReader reader, SecondaryCaptureWriter writer, UidGenerator uids, Equipment equipment,
                           Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.uids = uids;
        this.equipment = equipment;
        this.clock = clock;
    }

    /**
     * @param image   the displayed grey image of {@code imageFile} (what the heatmap is drawn over)
     * @param heatmap the model's attention for {@code result}, 0..255, any resolution
     */
    public ExportedReport export(AiResult result, Path imageFile, GreyImage image, GreyImage heatmap, Path folder)
            throws DicomException {
        AnalysedImage header = reader.readImageHeader(imageFile);
        if (!header.sopInstanceUid().equals(result.key().sopUid())) {
            throw new DicomException(imageFile, "is SOP Instance " + header.sopInstanceUid()
                    + ", not the analysed " + result.key().sopUid());
        }
        String sopUid = uids.next();
        String derivation = "Heatmap of " + result.key().model().id() + " " + result.key().model().version()
                + " (" + result.key().finding() + ", p=" + AiResultReport.decimal(result.probability())
                + ") over the image. Not a diagnosis.";
        SecondaryCapture capture = new SecondaryCapture(sopUid, uids.next(), HEATMAP_SERIES_NUMBER, 1,
                "AI heatmap (not a diagnosis)", derivation, clock.instant(), header.study(), header.reference(),
                HeatmapOverlay.blend(image, heatmap), equipment);
        Path file = folder.resolve("ai-heatmap-" + sopUid + ".dcm");
        writer.write(capture, file);
        return new ExportedReport(file, new SopReference(header.study().studyUid(), capture.seriesUid(),
                SecondaryCapture.SOP_CLASS, sopUid));
    }
}
