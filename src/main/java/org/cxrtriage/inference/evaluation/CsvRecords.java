package org.cxrtriage.inference.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV text to records: quoted fields may hold commas, doubled quotes and line breaks. Each record keeps
 * the physical line it starts on, so messages about a row point at the line a text editor shows even when an
 * earlier quoted field spans several lines. A leading UTF-8 byte order mark (spreadsheets write one) is dropped.
 */
public final class CsvRecords {
    private static final char BOM = '\uFEFF';

    private CsvRecords() {
    }

    /** One record and the 1-based line it starts on. */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }

        /** A line with nothing on it (a trailing blank line, say): skipped by readers, not an error. */
        public boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }

        /** The field at {@code index}, or "" when the record is shorter or the column is absent (index < 0). */
        public String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }

    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
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
                records.add(new Record(recordLine, record));
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(new Record(recordLine, record));
        }
        return records;
    }
}
