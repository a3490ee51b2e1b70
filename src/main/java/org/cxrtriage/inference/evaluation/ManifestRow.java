package org.cxrtriage.inference.evaluation;

import java.nio.file.Path;

/**
 * One row of an image manifest. {@code source} and {@code split} are empty when the CSV has no such column.
 *
 * @param line 1-based line number in the CSV, for messages
 */
public record ManifestRow(Path path, String label, String source, String split, int line) {
}
