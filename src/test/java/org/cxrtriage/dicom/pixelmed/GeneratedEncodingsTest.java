package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.ExternalTool;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.PixelRaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Encodings the shared samples lack, made at test time from real samples with DCMTK (installed by
 * scripts/setup.sh): uncompressed YBR_FULL by plane, RGB by pixel, PALETTE COLOR, and RLE with several
 * fragments per frame (which PixelMed reads without error but without pixels).
 */
class GeneratedEncodingsTest {
    private static final String YBR_JPEG = "multiframe/examples_ybr_color.dcm";

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
    void uncompressedYbrFullByPlaneConvertsToTheSameRgbAsTheJpeg() throws Exception {
        Path ybr = dcmtk("dcmdjpeg", "+cn", "+pl", TestData.dicom(YBR_JPEG), "ybr.dcm");
        Instance instance = dicom.single(ybr);
        assertEquals("YBR_FULL", instance.pixels().photometricInterpretation());
        double[] error = compareWithJpeg(instance, 29);
        // Measured: identical (our YBR_FULL equations round like the JPEG decoder's); allow one level.
        assertTrue(error[1] <= 1, "mean " + error[0] + ", max " + error[1]);
    }

    @Test
    void uncompressedRgbByPixelMatchesTheJpeg() throws Exception {
        Path rgb = dcmtk("dcmdjpeg", "+ca", "+px", TestData.dicom(YBR_JPEG), "rgb.dcm");
        Instance instance = dicom.single(rgb);
        assertEquals("RGB", instance.pixels().photometricInterpretation());
        double[] error = compareWithJpeg(instance, 0);
        assertTrue(error[1] == 0, "mean " + error[0] + ", max " + error[1]);
    }

    @Test
    void paletteColourExpandsToRgbCloseToTheSource() throws Exception {
        Path rgb = dcmtk("dcmdjpeg", "+ca", "+px", TestData.dicom(YBR_JPEG), "rgb.dcm");
        Path palette = dcmtk("dcmquant", "+pc", "64", rgb, "palette.dcm");
        Instance instance = dicom.single(palette);
        assertEquals("PALETTE COLOR", instance.pixels().photometricInterpretation());
        PixelRaster expanded = dicom.decoder.decode(instance, 3);
        assertEquals(3, expanded.samplesPerPixel());
        PixelRaster source = dicom.decoder.decode(dicom.single(rgb), 3);
        double[] error = error(source.samples(), expanded.samples());
        // 64 colours for an ultrasound frame. Measured: mean |diff| 0.52 levels (max 76 on rare colours);
        // a wrong palette lookup or byte order gives tens of levels on average.
        assertTrue(error[0] < 2, "mean " + error[0] + ", max " + error[1]);
    }

    @Test
    void rleWithSeveralFragmentsPerFrameIsReportedNotReturnedEmpty() throws Exception {
        Path source = TestData.dicom(
                "transfer-syntax/CTImage.dcm_LittleEndianExplicitTransferSyntax_1.2.840.10008.1.2.1.dcm");
        Path rle = dcmtk("dcmcrle", "+fs", "8", source, "rle-fragments.dcm");
        Instance instance = dicom.single(rle);
        DicomException e = assertThrows(DicomException.class, () -> dicom.decoder.decode(instance, 0));
        assertEquals(rle.toAbsolutePath().normalize(), e.file());
        assertEquals("transfer syntax RLE Lossless (1.2.840.10008.1.2.5): the decoder returned no pixel data"
                + " (an encoding it cannot read, e.g. RLE with several fragments per frame)", e.reason());
    }

    @Test
    void thirtyTwoBitGreyIsRefusedWithItsReason() throws Exception {
        var dcmodify = ExternalTool.find("dcmodify");
        Assumptions.assumeTrue(dcmodify.isPresent(), "dcmodify (Debian dcmtk) is not installed");
        // 64x64x10 frames of 16-bit words re-described as 5 frames of 32-bit words: the same bytes, a layout
        // PixelMed 20220618 cannot turn into an image.
        Path file = Files.copy(TestData.dicom("multiframe/emri_small.dcm"), temp.resolve("grey32.dcm"));
        ExternalTool.run(dcmodify.get(), "-nb", "-m", "(0028,0100)=32", "-m", "(0028,0101)=32",
                "-m", "(0028,0102)=31", "-m", "(0028,0008)=5", file.toString());
        Instance instance = dicom.single(file);
        assertEquals(32, instance.pixels().bitsAllocated());
        DicomException e = assertThrows(DicomException.class, () -> dicom.decoder.decode(instance, 0));
        assertEquals("Bits Allocated 32 is not supported (only 8 and 16)", e.reason());
    }

    private double[] compareWithJpeg(Instance converted, int frame) throws Exception {
        PixelRaster ours = dicom.decoder.decode(converted, frame);
        PixelRaster jpeg = dicom.decoder.decode(dicom.single(TestData.dicom(YBR_JPEG)), frame);
        assertEquals(jpeg.width(), ours.width());
        assertEquals(3, ours.samplesPerPixel());
        return error(jpeg.samples(), ours.samples());
    }

    private static double[] error(int[] a, int[] b) {
        assertEquals(a.length, b.length);
        double sum = 0;
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            int d = Math.abs(a[i] - b[i]);
            sum += d;
            max = Math.max(max, d);
        }
        return new double[]{sum / a.length, max};
    }

    private Path dcmtk(String tool, String option, String value, Path input, String output) throws Exception {
        return run(tool, new String[]{option, value}, input, output);
    }

    private Path run(String tool, String[] options, Path input, String output) throws Exception {
        var path = ExternalTool.find(tool);
        Assumptions.assumeTrue(path.isPresent(), tool + " (Debian dcmtk) is not installed: scripts/setup.sh installs it");
        Path target = temp.resolve(output);
        String[] args = new String[options.length + 2];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = input.toString();
        args[options.length + 1] = target.toString();
        var log = ExternalTool.run(path.get(), args);
        assertTrue(Files.isRegularFile(target), tool + " wrote nothing: " + log);
        return target;
    }
}
