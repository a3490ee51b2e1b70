package org.cxrtriage.dicom.scan;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructureScannerTest {
    private static final String DEFLATED =
            "transfer-syntax/CTImage.dcm_DeflatedExplicitVRLittleEndianTransferSyntax_1.2.840.10008.1.2.1.99.dcm";
    @TempDir
    Path temp;
    private final StructureScanner scanner = new StructureScanner();

    @Test
    void rawImplicitDataSetWithoutMetaIsRecognised() throws Exception {
        FileStructure s = scanner.scan(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        assertEquals(new FileStructure(true, false, "1.2.840.10008.1.2", true), s);
    }

    @Test
    void textAndEmptyFilesAreNotDicom() throws Exception {
        assertFalse(scanner.scan(Files.writeString(temp.resolve("a.txt"), "plain text, long enough to test")).dicom());
        assertFalse(scanner.scan(Files.write(temp.resolve("empty"), new byte[0])).dicom());
        assertFalse(scanner.scan(TestData.dicom("MANIFEST.tsv")).dicom());
    }

    @Test
    void structuredReportWithNestedItemsScansWithoutPixelData() throws Exception {
        FileStructure s = scanner.scan(TestData.dicom("sr/test-SR.dcm"));
        assertTrue(s.dicom());
        assertFalse(s.hasPixelData());
    }

    @Test
    void absurdItemLengthInsideASequenceIsCaught() throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.dicom("sr/test-SR.dcm"));
        // the first item of the Content Sequence: FE FF 00 E0 then its 4-byte length
        int at = indexOf(bytes, new byte[]{(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0});
        bytes[at + 4] = (byte) 0xF0;
        bytes[at + 5] = (byte) 0xFF;
        bytes[at + 6] = (byte) 0xFF;
        bytes[at + 7] = (byte) 0x0F;
        Path crafted = Files.write(temp.resolve("sr.dcm"), bytes);
        DicomException e = assertThrows(DicomException.class, () -> scanner.scan(crafted));
        assertTrue(e.reason().startsWith("element (FFFE,E000) claims 268435440 bytes but"), e.reason());
    }

    @Test
    void deflatedDataSetScansAndAHostileLengthInsideItIsCaught() throws Exception {
        Path file = TestData.dicom(DEFLATED);
        assertEquals(new FileStructure(true, true, "1.2.840.10008.1.2.1.99", true), scanner.scan(file));

        byte[] bytes = Files.readAllBytes(file);
        int dataSet = metaEnd(bytes);
        byte[] inflated;
        try (InflaterInputStream in = new InflaterInputStream(
                new java.io.ByteArrayInputStream(bytes, dataSet, bytes.length - dataSet), new java.util.zip.Inflater(true))) {
            inflated = in.readAllBytes();
        }
        int pixel = indexOf(inflated, new byte[]{(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0});
        inflated[pixel + 8] = (byte) 0xFA;
        inflated[pixel + 9] = (byte) 0xFF;
        inflated[pixel + 10] = (byte) 0xFF;
        inflated[pixel + 11] = (byte) 0x7F;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, dataSet);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
            deflate.write(inflated);
        }
        Path crafted = Files.write(temp.resolve("deflated.dcm"), out.toByteArray());
        DicomException e = assertThrows(DicomException.class, () -> scanner.scan(crafted));
        assertEquals("element (7FE0,0010) claims 2147483642 bytes but the data set ends 524288 bytes after it starts",
                e.reason());
    }

    @Test
    void truncatedMetaHeaderIsAReason() throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.dicom("sr/test-SR.dcm"));
        Path cut = Files.write(temp.resolve("cut.dcm"), Arrays.copyOf(bytes, 150));
        DicomException e = assertThrows(DicomException.class, () -> scanner.scan(cut));
        assertTrue(e.reason().contains("claims") || e.reason().contains("truncated"), e.reason());
    }

    /** Offset of the first byte after group 0002 (explicit VR LE, preamble + DICM). */
    private static int metaEnd(byte[] b) {
        int p = 132;
        while ((b[p] & 0xFF | (b[p + 1] & 0xFF) << 8) == 0x0002) {
            String vr = new String(b, p + 4, 2, java.nio.charset.StandardCharsets.US_ASCII);
            boolean longLength = StructureScanner.vrHasLongLength(vr);
            long length = longLength
                    ? (b[p + 8] & 0xFFL) | (b[p + 9] & 0xFFL) << 8 | (b[p + 10] & 0xFFL) << 16 | (b[p + 11] & 0xFFL) << 24
                    : (b[p + 6] & 0xFF) | (b[p + 7] & 0xFF) << 8;
            p += (longLength ? 12 : 8) + (int) length;
        }
        return p;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }
}
