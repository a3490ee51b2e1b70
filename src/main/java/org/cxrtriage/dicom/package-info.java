/**
 * Reading DICOM: files, folders, DICOMDIR media and zip archives become {@link org.cxrtriage.dicom.Study}
 * records, and frames decode to {@link org.cxrtriage.dicom.PixelRaster}s of stored values.
 *
 * <p>Plain Java only (no JavaFX). The toolkit (PixelMed today, possibly dcm4che later) stays behind
 * the interfaces here: nothing outside this package and its {@code pixelmed} sub-package names a
 * PixelMed type.
 */
package org.cxrtriage.dicom;
