/**
 * Reading DICOM: files, folders, DICOMDIR media and zip archives become {@link org.cxrtriage.dicom.Study}
 * records, and frames decode to {@link org.cxrtriage.dicom.PixelRaster}s of stored values.
 *
 * <p>Entry points: {@link org.cxrtriage.dicom.StudyLoader} (headers only), {@link org.cxrtriage.dicom.FrameDecoder}
 * (implemented by {@link org.cxrtriage.dicom.CachingFrameDecoder} over an
 * {@link org.cxrtriage.dicom.InstanceDecoder}) and {@link org.cxrtriage.dicom.DicomWriter}. The composition root
 * builds the PixelMed implementations from {@code org.cxrtriage.dicom.pixelmed}.
 *
 * <p>Plain Java only (no JavaFX). The toolkit (PixelMed today, possibly dcm4che later) stays behind
 * the interfaces here: nothing outside this package and its {@code pixelmed} sub-package names a
 * PixelMed type.
 */
package org.cxrtriage.dicom;
