package org.cxrtriage.dicom;

import org.cxrtriage.dicom.DicomSamples.Sample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of MANIFEST.tsv: decodable images match the manifest's geometry; the ones PixelMed 20220618 cannot
 * decode (found by running each sample) fail with a reason naming the transfer syntax; SR loads without pixels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestSamplesTest {
    /** Transfer syntax UID -> what the reason must say. Measured: everything else in the manifest decodes. */
    private static final Map<String, String> UNDECODABLE = Map.of(
            "1.2.840.10008.1.2.4.51", "is not supported with 12-bit data",
            "1.2.840.10008.1.2.4.53", "is not supported",
            "1.2.840.10008.1.2.4.55", "is not supported",
            "1.2.840.10008.1.2.4.80", "is not supported",
            "1.2.840.10008.1.2.4.81", "is not supported",
            "1.2.840.10008.1.2.4.201", "is not supported");

    private DicomTestServices dicom;

    @BeforeAll
    void start() throws Exception {
        dicom = new DicomTestServices(Files.createTempDirectory("cxr-manifest-test"));
    }

    @AfterAll
    void stop() {
        dicom.close();
    }

    List<Sample> samples() {
        List<Sample> all = DicomSamples.all();
        assertTrue(all.size() >= 50, "manifest has " + all.size() + " rows");
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleLoadsAndDecodesOrFailsWithItsReason(Sample sample) throws Exception {
        LoadResult result = dicom.loader.load(sample.path());
        assertEquals(List.of(), result.failures(), "load failures");
        List<Instance> instances = result.studies().stream().flatMap(s -> s.instances().stream()).toList();
        if (sample.isDicomDir()) {
            assertEquals(31, instances.size(), "files referenced by the DICOMDIR");
            return;
        }
        assertEquals(1, instances.size());
        Instance instance = instances.get(0);
        assertEquals(sample.transferSyntaxUid(), instance.transferSyntaxUid());
        assertEquals(sample.modality(), instance.modality());
        if (!sample.hasImage()) {
            assertFalse(instance.hasPixels(), "an SR has no pixel description");
            DicomException e = assertThrows(DicomException.class, () -> dicom.decoder.decode(instance, 0));
            assertTrue(e.reason().contains("no pixel data"), e.reason());
            return;
        }
        PixelDescription pixels = instance.pixels();
        assertEquals(sample.rows(), pixels.rows(), "rows");
        assertEquals(sample.columns(), pixels.columns(), "columns");
        assertEquals(sample.bitsStored(), pixels.bitsStored(), "bits stored");
        assertEquals(sample.frames(), pixels.frames(), "frames");

        String expectedFailure = UNDECODABLE.get(sample.transferSyntaxUid());
        if (expectedFailure != null) {
            DicomException e = assertThrows(DicomException.class, () -> dicom.decoder.decode(instance, 0));
            assertEquals(instance.source(), e.file());
            assertTrue(e.reason().contains(expectedFailure), e.reason());
            assertTrue(e.reason().contains("transfer syntax " + TransferSyntaxes.describe(sample.transferSyntaxUid())),
                    e.reason());
            return;
        }
        for (int frame : new int[]{0, sample.frames() - 1}) {
            PixelRaster raster = dicom.decoder.decode(instance, frame);
            assertEquals(sample.columns(), raster.width(), "width");
            assertEquals(sample.rows(), raster.height(), "height");
            int[] range = range(raster);
            assertTrue(range[1] > range[0], "frame " + frame + " is not flat: " + range[0] + ".." + range[1]);
            if (raster.isGrey()) {
                int limit = 1 << sample.bitsStored();
                assertTrue(range[1] < limit && range[0] >= (pixels.signed() ? -limit / 2 : 0),
                        "values " + range[0] + ".." + range[1] + " fit " + sample.bitsStored() + " bits");
            } else {
                assertTrue(range[0] >= 0 && range[1] <= 255, "RGB is 8-bit");
            }
        }
    }

    static int[] range(PixelRaster raster) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : raster.samples()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new int[]{min, max};
    }

}
