package org.cxrtriage.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Extracts a zip archive into a folder, refusing what a hostile archive could do: entries that escape the
 * folder (zip-slip: absolute names, "..", links), more bytes than the bound (zip bombs: counted while copying,
 * never trusting the sizes the archive declares) and absurd entry counts.
 */
public final class SafeZipExtractor {
    private final long maxTotalBytes;
    private final int maxEntries;

    public SafeZipExtractor(long maxTotalBytes, int maxEntries) {
        this.maxTotalBytes = maxTotalBytes;
        this.maxEntries = maxEntries;
    }

    /** Extracts {@code zip} into the empty folder {@code target}; returns the number of files written. */
    public int extract(Path zip, Path target) throws DicomException {
        Path root = target.toAbsolutePath().normalize();
        long total = 0;
        int files = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new DicomException(zip, "the archive has more than " + maxEntries + " entries");
                }
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root) || destination.equals(root)) {
                    throw new DicomException(zip, "the archive entry \"" + entry.getName()
                            + "\" would be written outside the extraction folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (OutputStream out = Files.newOutputStream(destination)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxTotalBytes) {
                            throw new DicomException(zip, "the archive expands to more than " + maxTotalBytes
                                    + " bytes");
                        }
                        out.write(buffer, 0, n);
                    }
                }
                files++;
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DicomException(zip, "is not a readable zip archive (" + e.getMessage() + ")", e);
        }
        if (entries == 0) {
            throw new DicomException(zip, "is not a zip archive or is empty");
        }
        return files;
    }
}
