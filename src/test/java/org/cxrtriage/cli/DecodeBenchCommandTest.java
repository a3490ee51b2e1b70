package org.cxrtriage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark prints figures for the real file (its values are timings, so only their shape is checked). */
class DecodeBenchCommandTest {
    @TempDir
    Path temp;

    @Test
    void printsFiguresForTheFile() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (DicomTestServices dicom = new DicomTestServices(temp)) {
            CliServices services = printer -> List.of(BenchCommand.withBenchmarks(List.of(new DecodeBenchCommand(
                    dicom.loader, new PixelMedInstanceDecoder(dicom.scanner), dicom.decoder, printer))));
            int exit = CommandLineFactory.create(new RootCommand(o -> 1), services, new PrintWriter(out),
                    new PrintWriter(err)).execute("bench", "decode", "--json", "--repeat", "2",
                    TestData.dicom("multiframe/emri_small.dcm").toString());
            assertEquals(0, exit, err.toString());
            JsonNode figures = new ObjectMapper().readTree(out.toString());
            assertEquals(64, figures.get("rows").asInt());
            assertEquals(10, figures.get("frames").asInt());
            assertTrue(figures.get("decodeMinMs").asDouble() <= figures.get("decodeMaxMs").asDouble());
            assertEquals(1, dicom.decoder.stats().decodes(), "cached requests never decode again");
        }
    }
}
