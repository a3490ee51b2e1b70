package org.cxrtriage.dicom;

/**
 * Decodes one frame of an instance to stored values. Slow for compressed chest films (1-2 s): callers run it
 * off the JavaFX thread; implementations cache decoded frames under a memory bound so a frame is never
 * decoded twice while it is in use.
 */
public interface FrameDecoder {
    PixelRaster decode(Instance instance, int frame) throws DicomException;
}
