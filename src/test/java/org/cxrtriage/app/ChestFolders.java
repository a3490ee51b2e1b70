package org.cxrtriage.app;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.DicomWriter;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.PictureFiles;
import org.cxrtriage.inference.evaluation.ImageManifest;
import org.cxrtriage.inference.evaluation.ManifestRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Folders of real chest films for workstation tests: public PNGs from ../shared/data/cxr written as 8-bit chest
 * secondary captures (each its own study, with our UIDs) by the application's own DICOM writer.
 */
final class ChestFolders {
    private ChestFolders() {
    }

    static List<ManifestRow> rows(Predicate<ManifestRow> filter, int count) throws Exception {
        return new ImageManifest().read(TestData.cxr("MANIFEST.csv")).stream().filter(filter).limit(count).toList();
    }

    /** Writes each row's film as {@code NN-label.dcm} into {@code folder}; returns the folder. */
    static Path write(DicomWriter writer, Path folder, List<ManifestRow> rows) throws Exception {
        Files.createDirectories(folder);
        PictureFiles pictures = new PictureFiles();
        int n = 0;
        for (ManifestRow row : rows) {
            GreyImage film = pictures.read(row.path());
            writer.writeGreyImage(folder.resolve(String.format("%02d-%s.dcm", n++, row.label())), film.width(),
                    film.height(), film.pixels(), row.source() + " " + row.label());
        }
        return folder;
    }
}
