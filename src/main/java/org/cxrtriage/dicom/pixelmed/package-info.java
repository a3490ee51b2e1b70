/**
 * The PixelMed implementation of the dicom interfaces: the only package (with the composition root) that
 * names PixelMed types. Every file is pre-scanned by {@link org.cxrtriage.dicom.scan.StructureScanner} before
 * PixelMed reads it, because PixelMed trusts length fields and would allocate whatever a hostile file claims.
 */
package org.cxrtriage.dicom.pixelmed;
