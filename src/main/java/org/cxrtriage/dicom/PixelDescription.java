package org.cxrtriage.dicom;

import java.util.List;

/**
 * What the Image Pixel, Modality LUT and VOI LUT modules say about an instance's pixels: all the imaging
 * package needs to turn a {@link PixelRaster} into a display image. Read from the header alone, before decoding.
 *
 * @param voiLutFunction LINEAR (default), LINEAR_EXACT or SIGMOID
 */
public record PixelDescription(
        String photometricInterpretation,
        int rows,
        int columns,
        int samplesPerPixel,
        int bitsAllocated,
        int bitsStored,
        boolean signed,
        int frames,
        ModalityLut modalityLut,
        List<WindowPreset> windows,
        List<LookupTable> voiLuts,
        String voiLutFunction) {

    public PixelDescription {
        windows = List.copyOf(windows);
        voiLuts = List.copyOf(voiLuts);
        voiLutFunction = voiLutFunction == null || voiLutFunction.isBlank() ? "LINEAR" : voiLutFunction;
    }

    /** MONOCHROME1 shows the lowest value as white: the presentation step inverts it. */
    public boolean isMonochrome1() {
        return "MONOCHROME1".equals(photometricInterpretation);
    }

    public boolean isGrey() {
        return samplesPerPixel == 1 && !"PALETTE COLOR".equals(photometricInterpretation);
    }
}
