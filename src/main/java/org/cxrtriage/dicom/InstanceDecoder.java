package org.cxrtriage.dicom;

import java.util.List;

/**
 * Decodes every frame of an instance in one read. Toolkits decompress a whole file per read, so decoding all
 * frames at once and caching them is cheaper than one read per frame; {@link CachingFrameDecoder} builds the
 * per-frame {@link FrameDecoder} on top of this.
 */
@FunctionalInterface
public interface InstanceDecoder {
    List<PixelRaster> decodeAll(Instance instance) throws DicomException;
}
