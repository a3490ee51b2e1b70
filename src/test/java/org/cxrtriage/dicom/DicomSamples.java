package org.cxrtriage.dicom;

import org.cxrtriage.TestData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Rows of ../shared/data/dicom/MANIFEST.tsv, for tests that run over every sample. */
public final class DicomSamples {
    private DicomSamples() {
    }

    /** One manifest row; rows/columns/bits/frames are 0 where the manifest leaves them empty (SR, DICOMDIR). */
    public record Sample(String file, String modality, String transferSyntaxUid, String transferSyntaxName,
                         int rows, int columns, int bitsStored, int frames, String note) {
        public Path path() {
            return TestData.dicom(file);
        }

        public boolean hasImage() {
            return rows > 0;
        }

        public boolean isDicomDir() {
            return file.endsWith("DICOMDIR");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    public static List<Sample> all() {
        Path manifest = TestData.dicom("MANIFEST.tsv");
        try {
            List<String> lines = Files.readAllLines(manifest);
            return lines.stream().skip(1).filter(l -> !l.isBlank()).map(DicomSamples::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<Sample> find(String file) {
        return all().stream().filter(s -> s.file().equals(file)).findFirst();
    }

    private static Sample parse(String line) {
        String[] c = line.split("\t", -1);
        int rows = 0;
        int columns = 0;
        if (!c[7].isBlank()) {
            String[] rc = c[7].split("x");
            rows = Integer.parseInt(rc[0]);
            columns = Integer.parseInt(rc[1]);
        }
        return new Sample(c[0], c[4], c[5], c[6], rows, columns, number(c[8]), number(c[9]), c[10]);
    }

    private static int number(String s) {
        return s.isBlank() ? 0 : Integer.parseInt(s.trim());
    }
}
