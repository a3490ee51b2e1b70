package org.cxrtriage.dicom;

import org.cxrtriage.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Restart intervals (DRI/RSTn): no tool installed here writes them for lossless JPEG, so the test encodes the
 * real CT slice itself, following T.81 H.1 literally (a fixed 5-bit code per difference category, predictor
 * reset at each interval, 1-bit padding before each RSTn), and checks the decoder gives back every sample.
 */
class JpegLosslessRestartTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "predictor {0}, restart every {1} samples")
    @CsvSource({"1, 512", "7, 1024", "4, 5120", "6, 0"})
    void restartIntervalsDecodeToTheOriginalSamples(int predictor, int interval) throws Exception {
        int[] original = ctSamples();
        byte[] jpeg = encode(original, 512, 512, predictor, interval);
        int[] decoded = new JpegLosslessDecoder().decode(Path.of("ct.dcm"), jpeg, 512, 512);
        assertArrayEquals(original, decoded);
    }

    @Test
    void aWrongRestartMarkerIsRefused() throws Exception {
        byte[] jpeg = encode(ctSamples(), 512, 512, 1, 512);
        for (int i = jpeg.length - 3; i > 0; i--) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) >= 0xD0 && (jpeg[i + 1] & 0xFF) <= 0xD7) {
                jpeg[i + 1] = (byte) (0xD0 + ((jpeg[i + 1] - 0xD0 + 3) & 7));
                break;
            }
        }
        DicomException e = assertThrows(DicomException.class,
                () -> new JpegLosslessDecoder().decode(Path.of("ct.dcm"), jpeg, 512, 512));
        assertTrue(e.reason().contains("restart marker"), e.reason());
    }

    private int[] ctSamples() throws Exception {
        try (DicomTestServices dicom = new DicomTestServices(temp)) {
            int[] samples = dicom.decoder.decode(dicom.single(TestData.dicom("transfer-syntax/CTImage.dcm")), 0)
                    .samples();
            // As 16-bit stored words: the decoder returns unsigned values, sign extension is the caller's job.
            return Arrays.stream(samples).map(v -> v & 0xFFFF).toArray();
        }
    }

    private static byte[] encode(int[] samples, int width, int height, int predictor, int interval) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD8});
        // DHT: 17 codes of 5 bits for categories 0..16
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xC4, 0, 3 + 16 + 17, 0x00});
        for (int length = 1; length <= 16; length++) {
            out.write(length == 5 ? 17 : 0);
        }
        for (int s = 0; s <= 16; s++) {
            out.write(s);
        }
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xC3, 0, 11, 16, (byte) (height >> 8), (byte) height,
                (byte) (width >> 8), (byte) width, 1, 1, 0x11, 0});
        if (interval > 0) {
            out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xDD, 0, 4, (byte) (interval >> 8), (byte) interval});
        }
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0x00, (byte) predictor, 0, 0});
        Bits bits = new Bits(out);
        int rst = 0;
        boolean firstLine = true;
        for (int i = 0; i < samples.length; i++) {
            int x = i % width;
            if (x == 0 && i > 0) {
                firstLine = false;
            }
            boolean reset = i == 0;
            if (interval > 0 && i > 0 && i % interval == 0) {
                bits.flush();
                out.writeBytes(new byte[]{(byte) 0xFF, (byte) (0xD0 + rst)});
                rst = (rst + 1) & 7;
                reset = true;
                firstLine = true;
            }
            int prediction;
            if (reset) {
                prediction = 1 << 15;
            } else if (firstLine) {
                prediction = samples[i - 1];
            } else if (x == 0) {
                prediction = samples[i - width];
            } else {
                int a = samples[i - 1];
                int b = samples[i - width];
                int c = samples[i - width - 1];
                prediction = switch (predictor) {
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> c;
                    case 4 -> a + b - c;
                    case 5 -> a + ((b - c) >> 1);
                    case 6 -> b + ((a - c) >> 1);
                    default -> (a + b) >> 1;
                };
            }
            int d = (((samples[i] - prediction) & 0xFFFF) + 32768 & 0xFFFF) - 32768;
            int category = d == -32768 ? 16 : 32 - Integer.numberOfLeadingZeros(Math.abs(d));
            bits.put(category, 5); // canonical codes: category n has code n
            if (category > 0 && category < 16) {
                bits.put(d > 0 ? d : d + (1 << category) - 1, category);
            }
        }
        bits.flush();
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** MSB-first bit writer with 0xFF00 stuffing and 1-bit padding (T.81 F.1.2.3). */
    private static final class Bits {
        private final ByteArrayOutputStream out;
        private int acc;
        private int count;

        Bits(ByteArrayOutputStream out) {
            this.out = out;
        }

        void put(int value, int length) {
            for (int b = length - 1; b >= 0; b--) {
                acc = (acc << 1) | ((value >> b) & 1);
                if (++count == 8) {
                    emit();
                }
            }
        }

        void flush() {
            while (count != 0) {
                put(1, 1);
            }
        }

        private void emit() {
            out.write(acc);
            if (acc == 0xFF) {
                out.write(0);
            }
            acc = 0;
            count = 0;
        }
    }
}
