package org.cxrtriage.dicom.pixelmed;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomInputStream;
import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.scan.FileStructure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a pre-scanned file with PixelMed. A file without File Meta Information is read with the transfer
 * syntax the scan inferred rather than PixelMed's own guess, so header and pixel reads agree.
 */
final class PixelMedReading {
    private PixelMedReading() {
    }

    /**
     * @param stopAt  top-level tag to stop before (Pixel Data for a header read), or null to read everything
     * @param decompress whether PixelMed should decompress encapsulated pixel data while reading
     */
    static AttributeList read(Path file, FileStructure structure, AttributeTag stopAt, boolean decompress)
            throws DicomException {
        return read(file, structure, stopAt, decompress, "cannot be read: ");
    }

    /** @param failurePrefix what the reason of a failed read starts with */
    static AttributeList read(Path file, FileStructure structure, AttributeTag stopAt, boolean decompress,
                              String failurePrefix) throws DicomException {
        AttributeList list = new AttributeList();
        list.setDecompressPixelData(decompress);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
             DicomInputStream in = structure.hasMetaHeader()
                     ? new DicomInputStream(raw)
                     : new DicomInputStream(raw, structure.transferSyntaxUid(), false)) {
            if (stopAt == null) {
                list.read(in);
            } else {
                list.read(in, stopAt);
            }
        } catch (IOException | com.pixelmed.dicom.DicomException e) {
            throw new DicomException(file, failurePrefix + e.getMessage(), e);
        } catch (RuntimeException e) {
            // PixelMed reports some malformed content with unchecked exceptions; they still mean "this file".
            throw new DicomException(file, failurePrefix + e, e);
        }
        return list;
    }
}
