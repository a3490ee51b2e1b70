package org.cxrtriage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands FILE|DIR arguments into files, folders walked in sorted order (so output order is stable). Files named
 * on the command line are always kept (so a bad one is reported); inside folders only files the reader claims
 * are kept, and the others are counted, not silently dropped.
 */
final class FileExpansion {
    private FileExpansion() {
    }

    /** The files to score and how many files inside folders were not images. */
    record Expanded(List<Path> files, int skippedNonImages) {
    }

    static Expanded expand(List<Path> arguments, Predicate<Path> isImage) throws IOException {
        List<Path> files = new ArrayList<>();
        int skipped = 0;
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (isImage.test(file)) {
                            files.add(file);
                        } else {
                            skipped++;
                        }
                    }
                }
            } else {
                files.add(argument);
            }
        }
        return new Expanded(files, skipped);
    }
}
