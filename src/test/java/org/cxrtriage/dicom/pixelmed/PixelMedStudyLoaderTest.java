package org.cxrtriage.dicom.pixelmed;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.SafeZipExtractor;
import org.cxrtriage.dicom.Series;
import org.cxrtriage.dicom.Study;
import org.cxrtriage.dicom.scan.StructureScanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelMedStudyLoaderTest {
    @TempDir
    Path temp;
    private DicomTestServices dicom;

    @BeforeEach
    void start() throws IOException {
        dicom = new DicomTestServices(Files.createDirectories(temp.resolve("extract")));
    }

    @AfterEach
    void stop() {
        dicom.close();
    }

    @Test
    void dicomDirOpensAllReferencedFilesIntoStudiesAndSeries() throws Exception {
        LoadResult result = dicom.loader.load(TestData.dicom("dicomdir/DICOMDIR"));
        assertEquals(List.of(), result.failures());
        // dcmdump of the DICOMDIR: 2 PATIENT, 6 STUDY, 13 SERIES and 31 IMAGE records.
        assertEquals(6, result.studies().size());
        assertEquals(13, result.studies().stream().mapToInt(s -> s.series().size()).sum());
        assertEquals(31, result.studies().stream().mapToInt(s -> s.instances().size()).sum());
        for (Study study : result.studies()) {
            for (int i = 1; i < study.series().size(); i++) {
                assertTrue(study.series().get(i - 1).seriesNumber() <= study.series().get(i).seriesNumber(),
                        "series sorted by Series Number");
            }
            for (Series series : study.series()) {
                List<Instance> instances = series.instances();
                for (int i = 1; i < instances.size(); i++) {
                    Instance a = instances.get(i - 1);
                    Instance b = instances.get(i);
                    assertTrue(a.instanceNumber() < b.instanceNumber() || a.instanceNumber() == b.instanceNumber()
                            && a.sopInstanceUid().compareTo(b.sopInstanceUid()) < 0, "instances sorted");
                }
                assertTrue(series.instances().stream().allMatch(x -> x.seriesInstanceUid()
                        .equals(series.seriesInstanceUid())));
            }
        }
    }

    @Test
    void folderLoadsRecursivelyLikeTheDicomDirItHolds() throws Exception {
        LoadResult result = dicom.loader.load(TestData.dicom("dicomdir"));
        assertEquals(List.of(), result.failures());
        assertEquals(0, result.skippedNonDicom(), "the DICOMDIR itself is an index, not a skipped file");
        assertEquals(31, result.studies().stream().mapToInt(s -> s.instances().size()).sum());
    }

    @Test
    void zipOfRealFilesOpensAndItsExtractionIsDeletedOnClose() throws Exception {
        Path zip = temp.resolve("study.zip");
        List<Path> sources;
        try (Stream<Path> files = Files.list(TestData.dicom("radiography"))) {
            sources = files.sorted().toList();
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("films/"));
            for (Path source : sources) {
                out.putNextEntry(new ZipEntry("films/" + source.getFileName()));
                Files.copy(source, out);
            }
            out.putNextEntry(new ZipEntry("README.txt"));
            out.write("not an image".getBytes());
        }
        LoadResult result = dicom.loader.load(zip);
        assertEquals(List.of(), result.failures());
        assertEquals(1, result.skippedNonDicom());
        List<Instance> instances = result.studies().stream().flatMap(s -> s.instances().stream()).toList();
        assertEquals(sources.size(), instances.size());
        Path extracted = instances.get(0).source();
        assertTrue(extracted.startsWith(temp.resolve("extract")), extracted.toString());
        assertTrue(dicom.decoder.decode(instances.get(0), 0).width() > 0, "pixels decode from the extracted copy");
        dicom.loader.close();
        assertFalse(Files.exists(extracted), "extraction deleted on close");
    }

    @Test
    void zipSlipEntryIsRefused() throws Exception {
        Path zip = temp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../escaped.dcm"));
            Files.copy(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"), out);
        }
        DicomException e = assertThrows(DicomException.class, () -> dicom.loader.load(zip));
        assertEquals(zip, e.file());
        assertTrue(e.reason().contains("\"../../escaped.dcm\" would be written outside"), e.reason());
        assertFalse(Files.exists(temp.resolve("escaped.dcm")));
        assertFalse(Files.exists(temp.getParent().resolve("escaped.dcm")));
    }

    @Test
    void zipExpandingBeyondTheBoundIsRefused() throws Exception {
        Path zip = temp.resolve("big.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.bin"));
            out.write(new byte[1 << 20]); // compresses to about 1 kB
        }
        try (PixelMedStudyLoader small = new PixelMedStudyLoader(new StructureScanner(),
                new SafeZipExtractor(100_000, 10), temp.resolve("small"))) {
            DicomException e = assertThrows(DicomException.class, () -> small.load(zip));
            assertTrue(e.reason().contains("expands to more than 100000 bytes"), e.reason());
        }
    }

    @Test
    void folderWithTruncatedAndTextFilesLoadsTheGoodOnes() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Path good1 = Files.copy(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"), folder.resolve("a.dcm"));
        Files.copy(TestData.dicom("multiframe/emri_small.dcm"), Files.createDirectories(folder.resolve("sub"))
                .resolve("b.dcm"));
        Path source = TestData.dicom("transfer-syntax/CTImage.dcm_LittleEndianExplicitTransferSyntax_1.2.840.10008.1.2.1.dcm");
        Path truncated = folder.resolve("truncated.dcm");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(source), 300_000));
        Files.writeString(folder.resolve("notes.txt"), "reading notes, not an image\n");

        LoadResult result = dicom.loader.load(folder);
        assertEquals(2, result.studies().stream().mapToInt(s -> s.instances().size()).sum());
        assertEquals(1, result.skippedNonDicom(), "the text file is skipped, not a failure");
        assertEquals(1, result.failures().size());
        LoadResult.LoadFailure failure = result.failures().get(0);
        assertEquals(truncated, failure.file());
        assertEquals("element (7FE0,0010) claims 524288 bytes but the file has 300000", failure.reason());
        assertTrue(result.studies().stream().flatMap(s -> s.instances().stream())
                .anyMatch(i -> i.source().equals(good1.toAbsolutePath().normalize())));
    }

    @Test
    void absurdPixelDataLengthFailsFastWithTheReason() throws Exception {
        Path source = TestData.dicom("dicomdir/77654033/CR1/6154");
        byte[] bytes = Files.readAllBytes(source);
        // Explicit VR LE Pixel Data header: E0 7F 10 00 'O' 'W' 00 00 then a 4-byte length.
        int at = indexOf(bytes, new byte[]{(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0});
        writeLengthLE(bytes, at + 8, 0xFFFFFFFAL);
        Path crafted = write("absurd-pixels.dcm", bytes);
        LoadResult result = dicom.loader.load(crafted);
        assertEquals(List.of(new LoadResult.LoadFailure(crafted,
                "element (7FE0,0010) claims 4294967290 bytes but the file has " + bytes.length)), result.failures());
    }

    @Test
    void absurdHeaderLengthInARawImplicitFileFailsWithoutAllocating() throws Exception {
        Path source = TestData.dicom("radiography/CR-MONO1-10-chest.dcm");
        byte[] bytes = Files.readAllBytes(source);
        // Implicit VR LE Patient's Name: 10 00 10 00 then a 4-byte length.
        int at = indexOf(bytes, new byte[]{0x10, 0x00, 0x10, 0x00});
        writeLengthLE(bytes, at + 4, 0x7FFFFFF0L);
        Path crafted = write("absurd-name.dcm", bytes);
        Runtime runtime = Runtime.getRuntime();
        LoadResult result = dicom.loader.load(crafted);
        assertEquals(1, result.failures().size());
        assertEquals("element (0010,0010) claims 2147483632 bytes but the file has " + bytes.length,
                result.failures().get(0).reason());
        assertTrue(runtime.totalMemory() < 2_000_000_000L, "no 2 GB buffer was allocated");
    }

    @Test
    void singleNonDicomFileIsAFailureWithAReason() throws Exception {
        Path text = Files.writeString(temp.resolve("hello.dcm"), "hello, not DICOM at all\n");
        LoadResult result = dicom.loader.load(text);
        assertEquals(List.of(new LoadResult.LoadFailure(text, "is not a DICOM file")), result.failures());
        assertEquals(0, result.skippedNonDicom());
    }

    @Test
    void missingPathIsAnException() {
        Path missing = temp.resolve("nowhere");
        DicomException e = assertThrows(DicomException.class, () -> dicom.loader.load(missing));
        assertEquals("does not exist", e.reason());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
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

    static void writeLengthLE(byte[] bytes, int at, long length) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (length >>> (8 * i));
        }
    }
}
