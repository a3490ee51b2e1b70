package org.cxrtriage.inference.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads any CSV with at least {@code path,label} columns (RFC 4180 quoting; other columns ignored). Relative
 * paths are resolved against the CSV's folder so a manifest can travel with its images.
 */
public final class ImageManifest {

    public List<ManifestRow> read(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException(csv + ": no such manifest file");
        }
        List<List<String>> records = parse(Files.readString(csv, StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IOException(csv + ": empty manifest (needs a header with path,label)");
        }
        List<String> header = records.get(0).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
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
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() <= Math.max(path, label)) {
                throw new IOException(csv + ": line " + (i + 1) + " has " + record.size() + " fields, too few");
            }
            Path file = Path.of(record.get(path).trim());
            rows.add(new ManifestRow(file.isAbsolute() ? file : folder.resolve(file).normalize(),
                    record.get(label).trim(), field(record, source), field(record, split), i + 1));
        }
        return rows;
    }

    private static String field(List<String> record, int index) {
        return index >= 0 && index < record.size() ? record.get(index).trim() : "";
    }

    /** Splits CSV text into records; quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
