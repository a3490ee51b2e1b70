package org.cxrtriage.dicom;

import org.cxrtriage.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same CT slice in every decodable transfer syntax decodes to the same stored values as the uncompressed file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferSyntaxEquivalenceTest {
    private static final String REFERENCE = "transfer-syntax/CTImage.dcm";

    private DicomTestServices dicom;
    private PixelRaster reference;

    @BeforeAll
    void start() throws Exception {
        dicom = new DicomTestServices(Files.createTempDirectory("cxr-ts-test"));
        Instance instance = dicom.single(TestData.dicom(REFERENCE));
        assertTrue(instance.pixels().signed(), "the reference CT has Pixel Representation 1");
        reference = dicom.decoder.decode(instance, 0);
    }

    @AfterAll
    void stop() {
        dicom.close();
    }

    @Test
    void signedCtHasNegativeValuesAfterSignExtension() {
        int[] range = ManifestSamplesTest.range(reference);
        // Air outside the scan circle is stored as -2000 (HU -3024 after the -1024 intercept): negative only
        // if the unsigned words PixelMed returns were sign-extended from Bits Stored.
        assertEquals(-2000, range[0]);
        assertTrue(range[1] > 2000, "max " + range[1]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "CTImage.dcm_LittleEndianExplicitTransferSyntax_1.2.840.10008.1.2.1.dcm",
            "CTImage.dcm_BigEndianExplicitTransferSyntax_1.2.840.10008.1.2.2.dcm",
            "CTImage.dcm_DeflatedExplicitVRLittleEndianTransferSyntax_1.2.840.10008.1.2.1.99.dcm",
            "CTImage.dcm_RLELosslessTransferSyntax_1.2.840.10008.1.2.5.dcm",
            "CTImage.dcm_JPEGProcess14TransferSyntax_1.2.840.10008.1.2.4.57.dcm",
            "CTImage.dcm_JPEGProcess14SV1TransferSyntax_1.2.840.10008.1.2.4.70.dcm",
            "CTImage.dcm_JPEG2000LosslessOnlyTransferSyntax_1.2.840.10008.1.2.4.90.dcm"})
    void losslessSyntaxesMatchSampleForSample(String file) throws Exception {
        PixelRaster decoded = dicom.decoder.decode(dicom.single(TestData.dicom("transfer-syntax/" + file)), 0);
        assertEquals(reference.width(), decoded.width());
        assertEquals(reference.height(), decoded.height());
        assertArrayEquals(reference.samples(), decoded.samples());
    }

    @Test
    void lossyJpeg2000StaysWithinTolerance() throws Exception {
        PixelRaster decoded = dicom.decoder.decode(dicom.single(TestData.dicom(
                "transfer-syntax/CTImage.dcm_JPEG2000TransferSyntax_1.2.840.10008.1.2.4.91.dcm")), 0);
        double[] error = error(reference.samples(), decoded.samples());
        // Measured: mean |diff| 0.57, max 5 on values spanning 4400; a wrong decode is off by hundreds.
        assertTrue(error[0] < 2, "mean absolute error " + error[0]);
        assertTrue(error[1] <= 16, "max absolute error " + error[1]);
    }

    @Test
    void eightBitJpegBaselineIsALinearRescaleOfTheCt() throws Exception {
        // The 4.50 file holds the slice re-quantised to 8 bits (its Rescale Slope is 32.12 instead of 1), so
        // compare in modality units: slope * stored + intercept, within a few quantisation steps.
        Instance instance = dicom.single(TestData.dicom(
                "transfer-syntax/CTImage.dcm_JPEGProcess1TransferSyntax_1.2.840.10008.1.2.4.50.dcm"));
        ModalityLut.Rescale lossy = (ModalityLut.Rescale) instance.pixels().modalityLut();
        PixelRaster decoded = dicom.decoder.decode(instance, 0);
        int[] ref = reference.samples();
        int[] got = decoded.samples();
        double sum = 0;
        double max = 0;
        for (int i = 0; i < ref.length; i++) {
            double hu = ref[i] - 1024.0;
            double diff = Math.abs(hu - (got[i] * lossy.slope() + lossy.intercept()));
            sum += diff;
            max = Math.max(max, diff);
        }
        double mean = sum / ref.length;
        // Measured: mean 19.8 HU, max 64 HU, i.e. within two 8-bit steps of 32 HU.
        assertTrue(mean < lossy.slope(), "mean |HU diff| " + mean);
        assertTrue(max < 3 * lossy.slope(), "max |HU diff| " + max);
    }

    @Test
    void rleMultiFrameMatchesUncompressedFrameByFrame() throws Exception {
        Instance plain = dicom.single(TestData.dicom("multiframe/emri_small.dcm"));
        Instance rle = dicom.single(TestData.dicom("multiframe/emri_small_RLE.dcm"));
        assertEquals(10, plain.frameCount());
        for (int f = 0; f < plain.frameCount(); f++) {
            assertArrayEquals(dicom.decoder.decode(plain, f).samples(), dicom.decoder.decode(rle, f).samples(),
                    "frame " + (f + 1));
        }
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
}
