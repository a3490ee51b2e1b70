package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.ExternalTool;
import org.cxrtriage.dicom.LookupTable;
import org.cxrtriage.dicom.ModalityLut;
import org.cxrtriage.dicom.PixelDescription;
import org.cxrtriage.dicom.WindowPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Modality LUT and VOI LUT modules as the header reader fills them into {@link PixelDescription}. */
class PixelDescriptionTest {
    @TempDir
    Path temp;
    private DicomTestServices dicom;

    @BeforeEach
    void start() {
        dicom = new DicomTestServices(temp.resolve("x"));
    }

    @AfterEach
    void stop() {
        dicom.close();
    }

    @Test
    void modalityLutSequenceBecomesATable() throws Exception {
        PixelDescription pixels = dicom.single(TestData.dicom("radiography/CR-ModalitySequenceLUT.dcm")).pixels();
        ModalityLut.Table table = (ModalityLut.Table) pixels.modalityLut();
        // dcmdump: LUT Descriptor 1024\0\16, explanation CRTLUT, type US, data 0000\0000\0001\0002...
        assertEquals("US", table.type());
        LookupTable lut = table.lut();
        assertEquals(0, lut.firstMapped());
        assertEquals(16, lut.bitsPerEntry());
        assertEquals(1024, lut.entries().length);
        assertEquals("CRTLUT", lut.explanation());
        assertArrayEquals(new int[]{0, 0, 1, 2}, java.util.Arrays.copyOf(lut.entries(), 4));
        assertEquals(List.of(), pixels.windows(), "this film has no window");
    }

    @Test
    void rescaleOfTheCt() throws Exception {
        PixelDescription pixels = dicom.single(TestData.dicom("transfer-syntax/CTImage.dcm")).pixels();
        assertEquals(new ModalityLut.Rescale(1, -1024, ""), pixels.modalityLut());
        assertEquals(List.of(new WindowPreset(40, 400, "")), pixels.windows());
        assertEquals("LINEAR", pixels.voiLutFunction());
    }

    @Test
    void multipleWindowsWithExplanationsVoiLutSequenceAndFunction() throws Exception {
        var dcmodify = ExternalTool.find("dcmodify");
        Assumptions.assumeTrue(dcmodify.isPresent(), "dcmodify (Debian dcmtk) is not installed: scripts/setup.sh installs it");
        Path file = Files.copy(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"), temp.resolve("voi.dcm"));
        ExternalTool.run(dcmodify.get(), "-nb",
                "-i", "(0028,1050)=550\\300", "-i", "(0028,1051)=1024\\600", "-i", "(0028,1055)=FULL\\BONE",
                "-i", "(0028,1056)=SIGMOID",
                "-i", "(0028,3010)[0].(0028,3002)=4\\100\\12",
                // LUT Data is OW, which dcmodify reads as hex words: 0, 1000, 3000, 4095
                "-i", "(0028,3010)[0].(0028,3006)=0000\\03e8\\0bb8\\0fff",
                "-i", "(0028,3010)[0].(0028,3003)=CURVE", file.toString());
        PixelDescription pixels = dicom.single(file).pixels();
        assertEquals(List.of(new WindowPreset(550, 1024, "FULL"), new WindowPreset(300, 600, "BONE")), pixels.windows());
        assertEquals("SIGMOID", pixels.voiLutFunction());
        assertEquals(1, pixels.voiLuts().size());
        LookupTable voi = pixels.voiLuts().get(0);
        assertEquals(100, voi.firstMapped());
        assertEquals(12, voi.bitsPerEntry());
        assertEquals("CURVE", voi.explanation());
        assertArrayEquals(new int[]{0, 1000, 3000, 4095}, voi.entries());
        assertEquals(0, voi.lookup(50));
        assertEquals(3000, voi.lookup(102));
        assertEquals(4095, voi.lookup(900));
    }
}
