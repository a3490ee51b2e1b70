package org.cxrtriage.imaging;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.InstanceDecoder;
import org.cxrtriage.dicom.PixelRaster;

import java.util.List;

/**
 * Decodes picture instances ({@link PictureInstances#isPicture}) through {@link PictureFiles}, the one reader of
 * PNG/JPEG films, into a grey {@link PixelRaster} of 0..255 samples; every other instance goes to the wrapped
 * DICOM decoder. Wrapped in turn by the caching frame decoder, so a picture is decoded once like a DICOM frame.
 */
public final class PictureInstanceDecoder implements InstanceDecoder {
    private final InstanceDecoder dicom;
    private final PictureFiles pictures;

    public PictureInstanceDecoder(InstanceDecoder dicom, PictureFiles pictures) {
        this.dicom = dicom;
        this.pictures = pictures;
    }

    @Override
    public List<PixelRaster> decodeAll(Instance instance) throws DicomException {
        if (!PictureInstances.isPicture(instance)) {
            return dicom.decodeAll(instance);
        }
        GreyImage image;
        try {
            image = pictures.read(instance.source());
        } catch (ImageReadException e) {
            throw new DicomException(e.file(), e.reason(), e);
        }
        int rows = instance.pixels().rows();
        int columns = instance.pixels().columns();
        if (image.width() != columns || image.height() != rows) {
            // its UIDs (and so any stored decision) belong to the bytes that were opened, not to the new ones
            throw new DicomException(instance.source(), "changed since it was opened (" + columns + "x" + rows
                    + " then, " + image.width() + "x" + image.height() + " now): open it again");
        }
        byte[] pixels = image.pixels();
        int[] samples = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            samples[i] = pixels[i] & 0xFF;
        }
        return List.of(new PixelRaster(image.width(), image.height(), 1, samples));
    }
}
