package org.cxrtriage.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cxrtriage.TestData;
import org.cxrtriage.cli.CommandLineFactory;
import org.cxrtriage.cli.RootCommand;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench infer as a user runs it: one JSON line with the figures the README quotes (values not asserted). */
class BenchInferCommandTest {

    @Test
    void printsMedianPerImageAndBatchThroughput() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompositionRoot root = new CompositionRoot();
        int exit = CommandLineFactory.create(new RootCommand(root::launchWorkstation), root.cliServices(),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute("bench", "infer", "--json",
                "--runs", "1", "--images", "20", "--batch", "8",
                "--dicom", TestData.dicom("large/RG1_2500_jpll_sv1.dcm").toString(),
                "--pngs", TestData.cxr("actualmed").toString());
        assertEquals(0, exit, err.toString());
        JsonNode figures = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertEquals(2500, figures.get("width").asInt());
        assertEquals(20, figures.get("batch_images").asInt(), "20 PNGs of at most 512 px");
        assertTrue(figures.get("median_ms_per_image").asDouble() > figures.get("median_model_ms").asDouble(),
                "the per-image figure includes decode");
        assertTrue(figures.get("images_per_s").asDouble() > 0);
        assertTrue(figures.get("model_only_images_per_s").asDouble() >= figures.get("images_per_s").asDouble());
        assertEquals("tb-cxr-v1", figures.get("model").asText());
    }
}
