package org.cxrtriage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomTestServices;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.cxrtriage.imaging.DisplayPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench load measures the stored file and our uncompressed copy of it; figures are timings, so only shape. */
class BenchLoadCommandTest {
    @TempDir
    Path temp;

    @Test
    void measuresTheFileAndItsUncompressedCopy() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (DicomTestServices dicom = new DicomTestServices(temp)) {
            CliServices services = printer -> List.of(BenchCommand.withBenchmarks(List.of(new BenchLoadCommand(
                    dicom.loader, new PixelMedInstanceDecoder(dicom.scanner), dicom.writer, new DisplayPipeline(),
                    printer))));
            int exit = CommandLineFactory.create(new RootCommand(o -> 1), services, new PrintWriter(out),
                    new PrintWriter(err)).execute("bench", "load", "--json", "--runs", "2", "--warmup", "0",
                    TestData.dicom("radiography/CR-ModalitySequenceLUT.dcm").toString());
            assertEquals(0, exit, err.toString());
            String[] lines = out.toString().strip().split("\n");
            assertEquals(2, lines.length, out.toString());
            JsonNode stored = new ObjectMapper().readTree(lines[0]);
            JsonNode copy = new ObjectMapper().readTree(lines[1]);
            assertEquals("1.2.840.10008.1.2.4.70", stored.get("transferSyntax").asText());
            assertEquals("1.2.840.10008.1.2.1", copy.get("transferSyntax").asText(), "copy is Explicit VR LE");
            assertEquals(stored.get("rows").asInt(), copy.get("rows").asInt());
            assertEquals(1576, stored.get("rows").asInt());
            assertEquals(1976, stored.get("columns").asInt());
            assertTrue(stored.get("minMs").asDouble() <= stored.get("medianMs").asDouble());
        }
    }

    @Test
    void unreadableFileIsOneLineError() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path missing = temp.resolve("nope.dcm");
        try (DicomTestServices dicom = new DicomTestServices(temp)) {
            CliServices services = printer -> List.of(BenchCommand.withBenchmarks(List.of(new BenchLoadCommand(
                    dicom.loader, new PixelMedInstanceDecoder(dicom.scanner), dicom.writer, new DisplayPipeline(),
                    printer))));
            int exit = CommandLineFactory.create(new RootCommand(o -> 1), services, new PrintWriter(out),
                    new PrintWriter(err)).execute("bench", "load", missing.toString());
            assertEquals(1, exit);
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertTrue(err.toString().contains("nope.dcm"), err.toString());
        }
    }
}
