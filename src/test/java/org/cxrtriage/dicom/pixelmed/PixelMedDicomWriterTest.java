package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.ExternalTool;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.PixelRaster;
import org.cxrtriage.dicom.TransferSyntaxes;
import org.cxrtriage.dicom.UidGenerator;
import org.cxrtriage.dicom.WindowPreset;
import org.cxrtriage.dicom.scan.StructureScanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelMedDicomWriterTest {
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
    void uncompressedCopyOfTheLargeJpegLosslessFilmHasIdenticalSamples() throws Exception {
        Instance original = dicom.single(TestData.dicom("large/RG1_2500_jpll_sv1.dcm"));
        Path target = temp.resolve("copy.dcm");
        String uid = dicom.writer.writeUncompressedCopy(original, target);

        Instance copy = dicom.single(target);
        assertEquals(uid, copy.sopInstanceUid());
        assertTrue(uid.startsWith("2.25."), uid);
        assertNotEquals(original.sopInstanceUid(), uid);
        assertEquals(original.studyInstanceUid(), copy.studyInstanceUid());
        assertEquals(original.seriesInstanceUid(), copy.seriesInstanceUid());
        assertEquals(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, copy.transferSyntaxUid());
        assertEquals(original.pixels().windows(), copy.pixels().windows());
        PixelRaster before = dicom.decoder.decode(original, 0);
        PixelRaster after = dicom.decoder.decode(copy, 0);
        assertEquals(2500, after.width());
        assertArrayEquals(before.samples(), after.samples());

        Path dciodvfy = dciodvfy();
        assertEquals(List.of(), ExternalTool.dciodvfyErrors(dciodvfy, target));
    }

    @Test
    void copyOfASignedCtKeepsItsNegativeValues() throws Exception {
        Instance original = dicom.single(TestData.dicom(
                "transfer-syntax/CTImage.dcm_JPEGProcess14SV1TransferSyntax_1.2.840.10008.1.2.4.70.dcm"));
        Path target = temp.resolve("ct.dcm");
        dicom.writer.writeUncompressedCopy(original, target);
        Instance copy = dicom.single(target);
        assertTrue(copy.pixels().signed());
        int[] samples = dicom.decoder.decode(copy, 0).samples();
        assertArrayEquals(dicom.decoder.decode(original, 0).samples(), samples);
        assertTrue(java.util.Arrays.stream(samples).min().orElseThrow() < 0);
    }

    @Test
    void copyOfAFileWithoutMetaHeaderAddsNoValidationErrors() throws Exception {
        Path source = TestData.dicom("radiography/CR-MONO1-10-chest.dcm");
        Path target = temp.resolve("cr.dcm");
        dicom.writer.writeUncompressedCopy(dicom.single(source), target);
        assertArrayEquals(dicom.decoder.decode(dicom.single(source), 0).samples(),
                dicom.decoder.decode(dicom.single(target), 0).samples());
        Path dciodvfy = dciodvfy();
        // The 1995 original breaks rules (dotted dates, missing type 2 attributes); a copy keeps every
        // attribute as it was, so it may keep those errors but must not add any.
        Set<String> added = new HashSet<>(ExternalTool.dciodvfyErrors(dciodvfy, target));
        added.removeAll(ExternalTool.dciodvfyErrors(dciodvfy, source));
        assertEquals(Set.of(), added);
    }

    @Test
    void greyImageRoundTripsAndValidates() throws Exception {
        int width = 64;
        int height = 48;
        byte[] pixels = new byte[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7);
        }
        Path target = temp.resolve("grey.dcm");
        String uid = dicom.writer.writeGreyImage(target, width, height, pixels, "PNG converted for a test");

        Instance written = dicom.single(target);
        assertEquals(uid, written.sopInstanceUid());
        assertEquals(PixelMedDicomWriter.SECONDARY_CAPTURE, written.sopClassUid());
        assertEquals("MONOCHROME2", written.pixels().photometricInterpretation());
        assertEquals(List.of(new WindowPreset(128, 256, "")), written.pixels().windows());
        PixelRaster raster = dicom.decoder.decode(written, 0);
        assertEquals(width, raster.width());
        assertEquals(height, raster.height());
        for (int i = 0; i < pixels.length; i++) {
            assertEquals(pixels[i] & 0xFF, raster.samples()[i], "pixel " + i);
        }
        assertEquals(List.of(), ExternalTool.dciodvfyErrors(dciodvfy(), target));
    }

    @Test
    void configuredUidRootIsUsed() throws Exception {
        String root = "1.2.826.0.1.3680043.10.1234";
        PixelMedDicomWriter writer = new PixelMedDicomWriter(new StructureScanner(), new UidGenerator(root));
        String uid = writer.writeGreyImage(temp.resolve("r.dcm"), 2, 2, new byte[]{0, 1, 2, 3}, "root test");
        assertTrue(uid.startsWith(root + "."), uid);
        assertTrue(uid.length() <= 64, uid);
        Instance written = dicom.single(temp.resolve("r.dcm"));
        assertTrue(written.studyInstanceUid().startsWith(root + "."));
        assertTrue(written.seriesInstanceUid().startsWith(root + "."));
    }

    private static Path dciodvfy() {
        var tool = ExternalTool.find("dciodvfy");
        Assumptions.assumeTrue(tool.isPresent(),
                "dciodvfy (Debian dicom3tools) is not installed: scripts/setup.sh installs it");
        return tool.get();
    }
}
