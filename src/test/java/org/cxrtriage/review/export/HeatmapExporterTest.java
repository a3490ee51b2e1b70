package org.cxrtriage.review.export;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.display.SourceImage;
import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.sr.AnalysedImage;
import org.cxrtriage.dicom.sr.Equipment;
import org.cxrtriage.dicom.pixelmed.PixelMedSecondaryCaptureWriter;
import org.cxrtriage.dicom.pixelmed.PixelMedSrReader;
import org.cxrtriage.dicom.sr.RgbPixels;
import org.cxrtriage.dicom.sr.SecondaryCapture;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.review.AiResult;
import org.cxrtriage.review.FlagKey;
import org.cxrtriage.review.Flags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapExporterTest {
    @TempDir
    Path out;

    private final PixelMedSrReader reader = new PixelMedSrReader();
    private final HeatmapExporter exporter = new HeatmapExporter(reader, new PixelMedSecondaryCaptureWriter(),
            new UidGenerator(UidGenerator.UUID_ROOT), new Equipment("CXR Triage project", "CXR Triage", "0.1.0"),
            Clock.fixed(Instant.parse("2026-12-03T14:00:00Z"), ZoneOffset.UTC));

    @Test
    void theHeatmapCaptureIsValidReferencesTheImageAndKeepsColdAreasGrey() throws Exception {
        Path file = TestData.dicom("radiography/CR-MONO1-10-chest.dcm");
        AnalysedImage header = reader.readImageHeader(file);
        GreyImage image = displayed(file);
        GreyImage heat = disc(14, 14, 10, 4, 2);
        AiResult result = new AiResult(new FlagKey(header.study().studyUid(), header.seriesUid(),
                header.sopInstanceUid(), "TB", Flags.MODEL), 0.81, 0.5);

        ExportedReport exported = exporter.export(result, file, image, heat, out);

        List<String> lines = Dciodvfy.check(exported.file());
        assertEquals(List.of(), Dciodvfy.errors(lines), String.join("\n", lines));
        System.out.println("dciodvfy heatmap SC: 0 errors, " + Dciodvfy.warnings(lines).size() + " warnings "
                + Dciodvfy.warnings(lines));

        AttributeList list = new AttributeList();
        list.read(exported.file().toFile());
        assertEquals(SecondaryCapture.SOP_CLASS, text(list, TagFromName.SOPClassUID));
        assertEquals(exported.reference().sopInstanceUid(), text(list, TagFromName.SOPInstanceUID));
        assertEquals(header.study().studyUid(), text(list, TagFromName.StudyInstanceUID));
        assertEquals("RGB", text(list, TagFromName.PhotometricInterpretation));
        assertEquals("440", text(list, TagFromName.Rows));
        SequenceAttribute source = (SequenceAttribute) list.get(TagFromName.SourceImageSequence);
        assertEquals(header.sopInstanceUid(),
                text(source.getItem(0).getAttributeList(), TagFromName.ReferencedSOPInstanceUID));

        byte[] stored = list.get(TagFromName.PixelData).getByteValues();
        RgbPixels expected = HeatmapOverlay.blend(image, heat);
        assertArrayEquals(expected.rgb(), java.util.Arrays.copyOf(stored, expected.rgb().length));
        int cold = 3 * (400 * 440 + 20); // lower left, far from the disc
        assertEquals(image.get(20, 400), stored[cold] & 0xFF);
        assertEquals(stored[cold], stored[cold + 1]);
        assertEquals(stored[cold], stored[cold + 2]);
        int hot = 3 * ((int) (4.5 * 440 / 14) * 440 + (int) (10.5 * 440 / 14)); // the disc centre
        assertTrue((stored[hot] & 0xFF) > (stored[hot + 2] & 0xFF) + 40, "hot areas are warm (viridis yellow)");
    }

    @Test
    void aHeatmapForAnotherImageIsRefused() throws Exception {
        Path file = TestData.dicom("radiography/CR-MONO1-10-chest.dcm");
        AiResult other = Flags.result("2.25.5", 1, 0.9);
        GreyImage grey = new GreyImage(2, 2, new byte[4]);
        DicomException e = assertThrows(DicomException.class, () -> exporter.export(other, file, grey, grey, out));
        assertEquals(file, e.file());
    }

    /** The real image as a viewer would show it: full-range window, MONOCHROME1 inverted. */
    private static GreyImage displayed(Path file) throws Exception {
        BufferedImage decoded = new SourceImage(file.toString()).getBufferedImage();
        Raster raster = decoded.getRaster();
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                min = Math.min(min, raster.getSample(x, y, 0));
                max = Math.max(max, raster.getSample(x, y, 0));
            }
        }
        byte[] grey = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int value = 255 * (raster.getSample(x, y, 0) - min) / Math.max(1, max - min);
                grey[y * width + x] = (byte) (255 - value);
            }
        }
        return new GreyImage(width, height, grey);
    }

    private static GreyImage disc(int width, int height, int cx, int cy, int radius) {
        byte[] heat = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
                    heat[y * width + x] = (byte) 255;
                }
            }
        }
        return new GreyImage(width, height, heat);
    }

    private static String text(AttributeList list, com.pixelmed.dicom.AttributeTag tag) {
        return com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(list, tag);
    }
}
