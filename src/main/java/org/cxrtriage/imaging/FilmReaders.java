package org.cxrtriage.imaging;

import java.nio.file.Path;
import java.util.List;

/** Tries each reader that claims the file, in order (pictures first, DICOM second). */
public final class FilmReaders implements FilmReader {
    private final List<FilmReader> readers;

    public FilmReaders(List<FilmReader> readers) {
        this.readers = List.copyOf(readers);
    }

    @Override
    public boolean handles(Path file) {
        return readers.stream().anyMatch(r -> r.handles(file));
    }

    @Override
    public GreyImage read(Path file) throws ImageReadException {
        for (FilmReader reader : readers) {
            if (reader.handles(file)) {
                return reader.read(file);
            }
        }
        throw new ImageReadException(file, "neither a PNG/JPEG picture nor a DICOM file");
    }
}
