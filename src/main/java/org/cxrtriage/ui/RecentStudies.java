package org.cxrtriage.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Recently opened files and folders, newest first, persisted as one absolute path per line in a small file (the
 * composition root puts it in the user data directory; tests give a temporary one). Paths are never logged:
 * folder names sometimes carry patient names.
 */
public final class RecentStudies {
    private static final Logger LOG = LoggerFactory.getLogger(RecentStudies.class);

    private final Path file;
    private final int capacity;
    private final ObservableList<Path> entries = FXCollections.observableArrayList();

    public RecentStudies(Path file, int capacity) {
        this.file = file;
        this.capacity = capacity;
        entries.setAll(read());
    }

    public ObservableList<Path> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** Moves (or adds) the path to the top and saves the list. */
    public void add(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(entries);
        next.remove(absolute);
        next.add(0, absolute);
        while (next.size() > capacity) {
            next.remove(next.size() - 1);
        }
        entries.setAll(next);
        save();
    }

    private List<Path> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Path> paths = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && paths.size() < capacity) {
                    paths.add(Path.of(line.trim()));
                }
            }
            return paths;
        } catch (IOException | InvalidPathException e) {
            // an unreadable history only costs the menu its entries; the workstation still starts
            LOG.warn("recent-studies file {} unreadable, starting with an empty list: {}", file, e.toString());
            return List.of();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, entries.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("could not save recent studies to {}: {}", file, e.toString());
        }
    }
}
