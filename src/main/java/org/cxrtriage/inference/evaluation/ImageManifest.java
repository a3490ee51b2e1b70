package org.cxrtriage.inference.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads any CSV with at least {@code path,label} columns (RFC 4180 quoting via {@link CsvRecords}; other columns
 * ignored). Relative paths are resolved against the CSV's folder so a manifest can travel with its images.
 */
public final class ImageManifest {

    public List<ManifestRow> read(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException(csv + ": no such manifest file");
        }
        List<CsvRecords.Record> records = CsvRecords.parse(Files.readString(csv, StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IOException(csv + ": empty manifest (needs a header with path,label)");
        }
        List<String> header = records.get(0).fields().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        int path = header.indexOf("path");
        int label = header.indexOf("label");
        if (path < 0 || label < 0) {
            throw new IOException(csv + ": header must name the columns path and label, found " + header);
        }
        int source = header.indexOf("source");
        int split = header.indexOf("split");
        Path folder = csv.toAbsolutePath().getParent();
        List<ManifestRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CsvRecords.Record record = records.get(i);
            if (record.blank()) {
                continue;
            }
            if (record.fields().size() <= Math.max(path, label)) {
                throw new IOException(csv + ": line " + record.line() + " has " + record.fields().size()
                        + " fields, too few");
            }
            Path file = Path.of(record.field(path).trim());
            rows.add(new ManifestRow(file.isAbsolute() ? file : folder.resolve(file).normalize(),
                    record.field(label).trim(), record.field(source).trim(), record.field(split).trim(),
                    record.line()));
        }
        return rows;
    }
}
