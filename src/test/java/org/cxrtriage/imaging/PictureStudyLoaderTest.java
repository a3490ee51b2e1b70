package org.cxrtriage.imaging;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.PatientInfo;
import org.cxrtriage.dicom.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The picture-aware loader on real films from ../shared/data/cxr mixed with a real DICOM file: what is listed,
 * what fails and why, the skipped count, and UIDs that survive a reload.
 */
class PictureStudyLoaderTest {
    private static final Path DICOM = Path.of("radiography/CR-MONO1-10-chest.dcm");

    @TempDir
    Path temp;
    private DicomTestServices dicom;
    private PictureStudyLoader loader;

    @BeforeEach
    void build() {
        dicom = new DicomTestServices(temp.resolve("tmp"));
        loader = new PictureStudyLoader(dicom.loader, new PictureInstances(new PictureFiles()));
    }

    @AfterEach
    void close() {
        dicom.close();
    }

    /** The first {@code n} PNGs (by name) of one source folder of the shared data. */
    static List<Path> realPngs(String source, int n) throws Exception {
        try (Stream<Path> files = Files.list(TestData.cxr(source))) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().limit(n).toList();
        }
    }

    /** A grey JPEG made with ImageIO from a real film (the shared data has no downscaled JPEG). */
    static Path jpegOf(Path png, Path target) throws Exception {
        BufferedImage source = decode(png);
        BufferedImage grey = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(source, 0, 0, null);
        Files.createDirectories(target.getParent());
        assertTrue(ImageIO.write(grey, "jpeg", target.toFile()), "JDK JPEG writer");
        return target;
    }

    /**
     * The picture as the JDK's own reader decodes it. ImageIO.read would probe every registered reader, and
     * PixelMed's JPEG-lossless plug-in prints a line to stdout per probe.
     */
    static BufferedImage decode(Path file) throws Exception {
        String name = file.getFileName().toString();
        String suffix = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        for (var it = ImageIO.getImageReadersBySuffix(suffix); it.hasNext(); ) {
            javax.imageio.ImageReader reader = it.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio.")) {
                try (var in = ImageIO.createImageInputStream(file.toFile())) {
                    reader.setInput(in, true, true);
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        }
        throw new AssertionError("no JDK reader for " + file);
    }

    /** The first half of a real file: what an interrupted copy leaves. */
    static Path truncated(Path source, Path target) throws Exception {
        byte[] bytes = Files.readAllBytes(source);
        Files.createDirectories(target.getParent());
        return Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
    }

    private Path mixedFolder() throws Exception {
        Path folder = temp.resolve("export");
        Files.createDirectories(folder.resolve("later"));
        List<Path> pngs = realPngs("tbx11k", 4);
        Files.copy(pngs.get(0), folder.resolve("a.png"));
        Files.copy(pngs.get(1), folder.resolve("b.PNG"));
        Files.copy(pngs.get(2), folder.resolve("later/c.png")); // one level down: the walk is recursive
        jpegOf(pngs.get(3), folder.resolve("d.jpg"));
        Files.copy(TestData.dicom(DICOM.toString()), folder.resolve("film.dcm"));
        truncated(pngs.get(3), folder.resolve("later/cut.png"));
        Files.writeString(folder.resolve("notes.txt"), "exported from the field clinic laptop");
        return folder;
    }

    @Test
    void aMixedFolderListsEveryPictureAndTheDicomAndNamesTheTruncatedPicture() throws Exception {
        Path folder = mixedFolder();
        List<int[]> progress = new ArrayList<>();
        LoadResult result = loader.load(folder, (done, total) -> progress.add(new int[]{done, total}));

        List<Instance> instances = result.studies().stream().flatMap(s -> s.instances().stream()).toList();
        assertEquals(5, instances.size(), "4 pictures + 1 DICOM: " + instances);
        List<Instance> pictures = instances.stream().filter(PictureInstances::isPicture).toList();
        assertEquals(4, pictures.size());
        Instance film = instances.stream().filter(i -> !PictureInstances.isPicture(i)).findFirst().orElseThrow();
        assertEquals("CR", film.modality(), "the DICOM still loads through the DICOM loader");
        assertEquals(folder.resolve("film.dcm").toAbsolutePath().normalize(), film.source());
        assertEquals(Set.of("a.png", "b.PNG", "c.png", "d.jpg"),
                pictures.stream().map(i -> i.source().getFileName().toString()).collect(Collectors.toSet()));

        assertEquals(1, result.failures().size(), result.failures().toString());
        LoadResult.LoadFailure failure = result.failures().get(0);
        assertEquals(folder.resolve("later/cut.png").toAbsolutePath().normalize(),
                failure.file().toAbsolutePath().normalize());
        assertTrue(failure.reason().startsWith("not a readable PNG image (truncated"), failure.reason());
        assertEquals(1, result.skippedNonDicom(), "only notes.txt is neither DICOM nor a picture");

        // every picture is its own study, listed after the DICOM study in path order
        assertEquals(5, result.studies().size());
        assertEquals(List.of("a.png", "b.PNG", "d.jpg", "c.png"), result.studies().subList(1, 5).stream()
                .map(s -> s.instances().get(0).source().getFileName().toString()).toList());
        int[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0], "progress ends at its total");
        assertEquals(7 + 5, last[1], "7 files walked by the DICOM loader, then the 5 picture files");
    }

    @Test
    void aPictureInstanceLooksLikeAChestSecondaryCaptureOfItsOwnSize() throws Exception {
        Path png = realPngs("shenzhen", 1).get(0);
        BufferedImage decoded = decode(png);
        LoadResult result = loader.load(png);
        assertEquals(List.of(), result.failures());
        Instance picture = result.firstImage().orElseThrow();
        assertEquals(png.toAbsolutePath().normalize(), picture.source());
        assertEquals("OT", picture.modality());
        assertEquals("CHEST", picture.bodyPartExamined());
        assertEquals("", picture.viewPosition());
        assertEquals(PictureInstances.SECONDARY_CAPTURE, picture.sopClassUid());
        assertEquals(PatientInfo.UNKNOWN, picture.patient());
        assertEquals(decoded.getWidth(), picture.pixels().columns());
        assertEquals(decoded.getHeight(), picture.pixels().rows());
        assertEquals("MONOCHROME2", picture.pixels().photometricInterpretation());
        assertEquals(List.of(PictureInstances.AS_STORED), picture.pixels().windows());
        assertEquals(1, picture.frameCount());
        Study study = result.studies().get(0);
        assertEquals(PatientInfo.UNKNOWN, study.patient());
        assertEquals("PNG picture", study.series().get(0).description());
    }

    @Test
    void aNamedBrokenPictureIsAFailureWithTheFileAndTheReason() throws Exception {
        Path cutJpeg = truncated(jpegOf(realPngs("tbx11k", 1).get(0), temp.resolve("whole.jpg")),
                temp.resolve("cut.jpg"));
        LoadResult jpeg = loader.load(cutJpeg);
        assertEquals(List.of(), jpeg.studies());
        assertEquals(1, jpeg.failures().size());
        assertEquals(cutJpeg, jpeg.failures().get(0).file());
        assertTrue(jpeg.failures().get(0).reason().startsWith("not a readable JPG image (truncated"),
                jpeg.failures().get(0).reason());

        Path text = Files.writeString(temp.resolve("scan.png"), "this is not a picture");
        LoadResult notPng = loader.load(text);
        assertEquals(text, notPng.failures().get(0).file());
        assertTrue(notPng.failures().get(0).reason().startsWith("not a readable PNG image ("),
                notPng.failures().get(0).reason());
    }

    @Test
    void uidsAreStableAcrossLoadsAndDifferBetweenFiles() throws Exception {
        Path folder = temp.resolve("films");
        Files.createDirectories(folder);
        for (Path png : realPngs("tbx11k", 3)) {
            Files.copy(png, folder.resolve(png.getFileName()));
        }
        Map<Path, Instance> first = pictures(loader.load(folder));
        // a fresh loader (a new run of the program) derives the same UIDs from the same bytes
        PictureStudyLoader again = new PictureStudyLoader(dicom.loader, new PictureInstances(new PictureFiles()));
        Map<Path, Instance> second = pictures(again.load(folder));
        assertEquals(3, first.size());
        assertEquals(first.keySet(), second.keySet());
        Set<String> all = new HashSet<>();
        for (Path file : first.keySet()) {
            Instance a = first.get(file);
            Instance b = second.get(file);
            assertEquals(a.sopInstanceUid(), b.sopInstanceUid());
            assertEquals(a.seriesInstanceUid(), b.seriesInstanceUid());
            assertEquals(a.studyInstanceUid(), b.studyInstanceUid());
            for (String uid : List.of(a.sopInstanceUid(), a.seriesInstanceUid(), a.studyInstanceUid())) {
                assertTrue(uid.matches("2\\.25\\.[1-9][0-9]*") && uid.length() <= 64, uid);
                assertTrue(all.add(uid), "each UID belongs to one file and one role: " + uid);
            }
        }

        // the same bytes under another name are the same picture: same UIDs, one study holding both files
        Path copy = Files.copy(first.keySet().iterator().next(), folder.resolve("copy-of-first.png"));
        LoadResult withCopy = loader.load(folder);
        assertEquals(3, withCopy.studies().size());
        Instance original = first.get(first.keySet().iterator().next());
        Instance copied = pictures(withCopy).get(copy.toAbsolutePath().normalize());
        assertEquals(original.sopInstanceUid(), copied.sopInstanceUid());
        assertEquals(2, withCopy.studies().stream().filter(s -> s.studyInstanceUid()
                .equals(original.studyInstanceUid())).findFirst().orElseThrow().instances().size());
        assertNotEquals(original.sopInstanceUid(), first.values().stream()
                .filter(i -> i != original).findFirst().orElseThrow().sopInstanceUid());
    }

    @Test
    void dicomOnlyInputsAreUnchanged() throws Exception {
        Path dicomFile = TestData.dicom(DICOM.toString());
        LoadResult direct = dicom.loader.load(dicomFile);
        LoadResult wrapped = loader.load(dicomFile);
        assertEquals(direct.firstImage().orElseThrow().sopInstanceUid(),
                wrapped.firstImage().orElseThrow().sopInstanceUid());
        assertEquals(direct.firstImage().orElseThrow().transferSyntaxUid(),
                wrapped.firstImage().orElseThrow().transferSyntaxUid());
        Path dicomdir = TestData.dicom("dicomdir/DICOMDIR");
        assertEquals(dicom.loader.load(dicomdir).studies().stream().map(Study::studyInstanceUid).toList(),
                loader.load(dicomdir).studies().stream().map(Study::studyInstanceUid).toList());
    }

    @Test
    void aDicomFileNamedLikeAPictureIsStillDicom() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("renamed"));
        Path named = Files.copy(TestData.dicom(DICOM.toString()), folder.resolve("film.png"));
        LoadResult walked = loader.load(folder);
        assertEquals(List.of(), walked.failures());
        assertEquals(0, walked.skippedNonDicom());
        assertEquals(List.of("CR"), walked.studies().stream().flatMap(s -> s.instances().stream())
                .map(Instance::modality).toList());
        LoadResult single = loader.load(named);
        assertEquals(List.of(), single.failures());
        assertEquals("CR", single.firstImage().orElseThrow().modality());
    }

    private static Map<Path, Instance> pictures(LoadResult result) {
        return result.studies().stream().flatMap(s -> s.instances().stream()).filter(PictureInstances::isPicture)
                .collect(Collectors.toMap(Instance::source, Function.identity()));
    }
}
