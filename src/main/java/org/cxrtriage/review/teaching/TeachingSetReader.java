package org.cxrtriage.review.teaching;

import org.cxrtriage.inference.evaluation.CsvRecords;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a teaching set's CSV (UTF-8, a byte order mark tolerated, RFC 4180 quoting). Columns are found by header
 * name, in any case and order: {@code path} and {@code label} are required, {@code notes}, {@code source} and
 * {@code split} are used when present, anything else is ignored, so {@code shared/data/cxr/MANIFEST.csv} is a
 * teaching set as it stands. Relative paths start at the CSV's folder; absolute paths are allowed.
 *
 * <p>A bad row (blank path or label, a file that is not there) is reported as a problem and skipped, because one
 * typo should not cost a teacher the lesson; a file that cannot be read or lacks a required column throws, since
 * then there is no set at all.
 */
public final class TeachingSetReader {

    /** @throws IOException naming the file and the reason: unreadable, not UTF-8, empty, or a column missing */
    public TeachingSet read(Path csv) throws IOException {
        Path file = csv.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such teaching set file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        List<CsvRecords.Record> records = CsvRecords.parse(text);
        if (records.isEmpty()) {
            throw new IOException(file + ": empty, a teaching set needs a header with path,label[,notes]");
        }
        List<String> header = records.get(0).fields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int path = column(file, header, "path");
        int label = column(file, header, "label");
        int notes = header.indexOf("notes");
        int source = header.indexOf("source");
        int split = header.indexOf("split");
        Path folder = file.getParent();
        List<TeachingItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            if (record.blank()) {
                continue;
            }
            String where = "line " + record.line() + ": ";
            String pathText = record.field(path).trim();
            String labelText = record.field(label).trim();
            if (pathText.isEmpty()) {
                problems.add(where + "no path");
                continue;
            }
            if (labelText.isEmpty()) {
                problems.add(where + "no label for " + pathText);
                continue;
            }
            Path image;
            try {
                Path given = Path.of(pathText);
                image = given.isAbsolute() ? given.normalize() : folder.resolve(given).normalize();
            } catch (InvalidPathException e) {
                problems.add(where + "not a valid path: " + pathText);
                continue;
            }
            if (!Files.isRegularFile(image)) {
                problems.add(where + "no such file " + image);
                continue;
            }
            items.add(TeachingItem.of(image, labelText, record.field(notes).trim(), record.field(source).trim(),
                    record.field(split).trim(), record.line()));
        }
        return new TeachingSet(file, folder, items, problems);
    }

    private static int column(Path file, List<String> header, String name) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException(file + ": no '" + name + "' column in the header (found " + String.join(",", header)
                    + "); a teaching set needs path,label[,notes]");
        }
        return index;
    }
}
