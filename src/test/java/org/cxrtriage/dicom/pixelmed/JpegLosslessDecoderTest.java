package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.ByteFrameSource;
import com.pixelmed.dicom.DicomInputStream;
import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.ExternalTool;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.JpegLosslessDecoder;
import org.cxrtriage.dicom.PixelRaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our JPEG lossless decoder against DCMTK's: every JPEG-lossless sample file and DCMTK re-encodings with all
 * seven predictors, a point transform and several fragments per frame decode to exactly the values of
 * dcmdjpeg's uncompressed twin; broken bitstreams end in a DicomException that says why.
 */
class JpegLosslessDecoderTest {
    private static final String CT = "transfer-syntax/CTImage.dcm";
    private static final String LARGE = "large/RG1_2500_jpll_sv1.dcm";

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "transfer-syntax/CTImage.dcm_JPEGProcess14TransferSyntax_1.2.840.10008.1.2.4.57.dcm",
            "transfer-syntax/CTImage.dcm_JPEGProcess14SV1TransferSyntax_1.2.840.10008.1.2.4.70.dcm",
            "radiography/CR-ModalitySequenceLUT.dcm",
            LARGE})
    void sampleFilesMatchDcmtkSampleForSample(String name) throws Exception {
        Path file = TestData.dicom(name);
        assertSameAsDcmtk(file);
    }

    @ParameterizedTest(name = "predictor {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void everyPredictorMatchesDcmtk(int predictor) throws Exception {
        assertSameAsDcmtk(dcmtk("dcmcjpeg", "+el", "+sv", Integer.toString(predictor), TestData.dicom(CT),
                "sv" + predictor + ".dcm"));
    }

    @Test
    void pointTransformMatchesDcmtk() throws Exception {
        assertSameAsDcmtk(dcmtk("dcmcjpeg", "+el", "+sv", "4", "+pt", "3", TestData.dicom(CT), "pt3.dcm"));
    }

    @Test
    void severalFragmentsPerFrameAreJoined() throws Exception {
        Path file = dcmtk("dcmcjpeg", "+e1", "+fs", "64", TestData.dicom("radiography/CR-ModalitySequenceLUT.dcm"),
                "fragments.dcm");
        assertSameAsDcmtk(file);
    }

    @Test
    void truncatedBitstreamIsRefusedWithAReason() throws Exception {
        byte[] frame = firstFrame(TestData.dicom(LARGE));
        byte[] half = Arrays.copyOf(frame, frame.length / 2);
        DicomException e = assertThrows(DicomException.class,
                () -> new JpegLosslessDecoder().decode(Path.of("half.dcm"), half, 2500, 2500));
        assertTrue(e.getMessage().contains("half.dcm") && e.reason().contains("truncated"), e.getMessage());
    }

    @Test
    void garbageAfterTheHeadersIsRefusedNotLoopedOn() throws Exception {
        byte[] frame = firstFrame(TestData.dicom(CT.replace(".dcm",
                ".dcm_JPEGProcess14SV1TransferSyntax_1.2.840.10008.1.2.4.70.dcm")));
        int scan = sosEnd(frame);
        Random random = new Random(42);
        int refused = 0;
        for (int trial = 0; trial < 20; trial++) {
            byte[] broken = frame.clone();
            for (int i = scan; i < broken.length; i++) {
                broken[i] = (byte) random.nextInt(256);
            }
            try {
                new JpegLosslessDecoder().decode(Path.of("g.dcm"), broken, 512, 512);
            } catch (DicomException e) {
                assertTrue(e.reason().startsWith("JPEG lossless bitstream is invalid"), e.reason());
                refused++;
            }
        }
        // Random bytes almost always contain a marker early on or an invalid code: refused, not decoded.
        assertTrue(refused >= 18, refused + " of 20 refused");
    }

    @Test
    void bytesThatAreNotJpegAreRefused() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        DicomException e = assertThrows(DicomException.class,
                () -> new JpegLosslessDecoder().decode(Path.of("x.dcm"), garbage, 64, 64));
        assertTrue(e.reason().contains("SOI"), e.reason());
    }

    @Test
    void frameOfAnotherSizeThanTheHeaderIsRefused() throws Exception {
        byte[] frame = firstFrame(TestData.dicom(LARGE));
        DicomException e = assertThrows(DicomException.class,
                () -> new JpegLosslessDecoder().decode(Path.of("x.dcm"), frame, 2500, 2400));
        assertTrue(e.reason().contains("2500x2500"), e.reason());
    }

    private void assertSameAsDcmtk(Path jpeg) throws Exception {
        Path plain = dcmtk("dcmdjpeg", jpeg, jpeg.getFileName() + ".plain.dcm");
        PixelRaster ours = decode(jpeg);
        PixelRaster reference = decode(plain);
        assertEquals(reference.width(), ours.width());
        assertEquals(reference.height(), ours.height());
        assertArrayEquals(reference.samples(), ours.samples());
        assertTrue(Arrays.stream(ours.samples()).distinct().count() > 50, "a real image, not a flat field");
    }

    private PixelRaster decode(Path file) throws DicomException {
        Instance instance = dicom.single(file);
        return dicom.decoder.decode(instance, 0);
    }

    private static byte[] firstFrame(Path file) throws Exception {
        AttributeList list = new AttributeList();
        list.setDecompressPixelData(false);
        try (DicomInputStream in = new DicomInputStream(new File(file.toString()))) {
            list.read(in);
        }
        return ((ByteFrameSource) list.getPixelData()).getByteValuesForSelectedFrame(0);
    }

    /** Offset of the first entropy-coded byte (just past the SOS segment). */
    private static int sosEnd(byte[] jpeg) {
        for (int i = 0; i + 3 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                return i + 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
            }
        }
        throw new AssertionError("no SOS");
    }

    private Path dcmtk(String tool, Object... args) throws Exception {
        Path exe = ExternalTool.find(tool).orElse(null);
        Assumptions.assumeTrue(exe != null, tool + " (DCMTK, scripts/setup.sh) is not installed");
        List<String> argv = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            argv.add(args[i].toString());
        }
        Path out = temp.resolve(args[args.length - 1].toString());
        argv.add(out.toString());
        ExternalTool.run(exe, argv.toArray(String[]::new));
        assertTrue(Files.size(out) > 0, tool + " wrote nothing");
        return out;
    }
}
