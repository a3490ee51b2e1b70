package org.cxrtriage.dicom.scan;

/**
 * What the pre-scan learned about a file.
 *
 * @param dicom             false when the file is not DICOM at all (no DICM prefix and no recognisable data set)
 * @param hasMetaHeader     true when the file has File Meta Information (group 0002)
 * @param transferSyntaxUid the data set's transfer syntax: from the meta header, or as guessed for a raw data set
 * @param hasPixelData      true when the top-level data set holds (7FE0,0010)
 */
public record FileStructure(boolean dicom, boolean hasMetaHeader, String transferSyntaxUid, boolean hasPixelData) {

    public static FileStructure notDicom() {
        return new FileStructure(false, false, "", false);
    }
}
