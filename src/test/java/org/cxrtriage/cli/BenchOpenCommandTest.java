package org.cxrtriage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.imaging.PictureInstances;
import org.cxrtriage.imaging.PictureStudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench open reports what the workstation's loader found in a real mixed folder; the timings only by shape. */
class BenchOpenCommandTest {
    @TempDir
    Path temp;

    @Test
    void countsThePicturesAndTheDicomOfAMixedFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        try (var films = Files.list(TestData.cxr("tbx11k"))) {
            for (Path film : films.sorted().limit(3).toList()) {
                Files.copy(film, folder.resolve(film.getFileName()));
            }
        }
        Files.copy(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"), folder.resolve("film.dcm"));
        Files.writeString(folder.resolve("readme.txt"), "not an image");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (DicomTestServices dicom = new DicomTestServices(temp.resolve("tmp"))) {
            PictureStudyLoader loader = new PictureStudyLoader(dicom.loader, new PictureInstances(new PictureFiles()));
            CliServices services = printer -> List.of(BenchCommand.withBenchmarks(List.of(
                    new BenchOpenCommand(loader, printer))));
            int exit = CommandLineFactory.create(new RootCommand(o -> 1), services, new PrintWriter(out),
                    new PrintWriter(err)).execute("bench", "open", "--json", "--runs", "2", "--warmup", "0",
                    folder.toString());
            assertEquals(0, exit, err.toString());
        }
        JsonNode figures = new ObjectMapper().readTree(out.toString().strip());
        assertEquals(4, figures.get("images").asInt());
        assertEquals(4, figures.get("studies").asInt());
        assertEquals(0, figures.get("failures").asInt());
        assertEquals(1, figures.get("skipped").asInt());
        assertEquals(2, figures.get("runs").asInt());
        assertTrue(figures.get("minMs").asDouble() <= figures.get("medianMs").asDouble());
    }
}
