package org.cxrtriage.dicom;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decoded frames under a memory bound in bytes, least recently used evicted first. Thread-safe (one lock:
 * operations are map updates, never decoding). A frame larger than the whole bound is not cached.
 */
public final class FrameCache {

    /** Identifies a frame: the same SOP instance may exist in two files (a copy), so the file is part of it. */
    public record Key(java.nio.file.Path file, String sopInstanceUid, int frame) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, PixelRaster> frames = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long evictions;

    public FrameCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("negative cache bound " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public synchronized Optional<PixelRaster> get(Key key) {
        return Optional.ofNullable(frames.get(key));
    }

    public synchronized void put(Key key, PixelRaster raster) {
        long size = raster.sizeInBytes();
        if (size > maxBytes) {
            return;
        }
        PixelRaster previous = frames.put(key, raster);
        if (previous != null) {
            bytes -= previous.sizeInBytes();
        }
        bytes += size;
        Iterator<Map.Entry<Key, PixelRaster>> eldest = frames.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Key, PixelRaster> entry = eldest.next();
            if (entry.getKey().equals(key)) {
                continue;
            }
            bytes -= entry.getValue().sizeInBytes();
            eldest.remove();
            evictions++;
        }
    }

    public synchronized long bytesHeld() {
        return bytes;
    }

    public synchronized int size() {
        return frames.size();
    }

    public synchronized long evictions() {
        return evictions;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
