package org.cxrtriage.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.cli.CommandLineFactory;
import org.cxrtriage.cli.RootCommand;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.imaging.DicomFilms;
import org.cxrtriage.imaging.DisplayPipeline;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.PictureFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A PNG and the MONOCHROME2 DICOM made from it reach the model as the same image and get the same probability. */
class PngDicomEquivalenceTest {

    @Test
    void pngAndItsDicomGiveTheSameProbability(@TempDir Path dir) throws Exception {
        Path png = TestData.cxr("tbx11k-extra").resolve("CHNCXR_0327_1.png");
        GreyImage picture = new PictureFiles().read(png);
        Path dcm = dir.resolve("CHNCXR_0327_1.dcm");
        try (DicomModule dicom = new DicomModule(64L * 1024 * 1024, UidGenerator.UUID_ROOT, dir.resolve("tmp"))) {
            dicom.writer().writeGreyImage(dcm, picture.width(), picture.height(), picture.pixels(), "PNG-vs-DICOM test");
            GreyImage rendered = new DicomFilms(dicom.loader(), dicom.decoder(), new DisplayPipeline()).read(dcm);
            assertArrayEquals(picture.pixels(), rendered.pixels(), "default window renders the stored 8-bit values");

            StringWriter out = new StringWriter();
            CompositionRoot root = new CompositionRoot(dicom);
            int exit = CommandLineFactory.create(new RootCommand(root::launchWorkstation), root.cliServices(),
                    new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                    .execute("predict", "--json", png.toString(), dcm.toString());
            assertEquals(0, exit);
            List<String> lines = out.toString().lines().toList();
            assertEquals(2, lines.size(), out.toString());
            ObjectMapper json = new ObjectMapper();
            double fromPng = json.readTree(lines.get(0)).get("probability").asDouble();
            double fromDicom = json.readTree(lines.get(1)).get("probability").asDouble();
            assertEquals(fromPng, fromDicom, 0.0, "identical input, identical probability");
        }
    }
}
