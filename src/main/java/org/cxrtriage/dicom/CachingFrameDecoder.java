package org.cxrtriage.dicom;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link FrameDecoder} the application uses: frames come from a memory-bounded {@link FrameCache}; on a
 * miss the whole instance is decoded once (toolkits decompress whole files anyway) and all its frames are
 * offered to the cache. Concurrent requests for frames of an instance that is being decoded wait for that
 * decode instead of starting a second one (a compressed chest film takes 1-2 s).
 */
public final class CachingFrameDecoder implements FrameDecoder {

    /** Counters for benchmarks and tests. */
    public record Stats(long hits, long decodes, long cachedBytes, int cachedFrames, long evictions) {
    }

    private record InstanceKey(java.nio.file.Path file, String sopInstanceUid) {
    }

    private final InstanceDecoder decoder;
    private final FrameCache cache;
    private final ConcurrentHashMap<InstanceKey, CompletableFuture<List<PixelRaster>>> inFlight =
            new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong decodes = new AtomicLong();

    public CachingFrameDecoder(InstanceDecoder decoder, FrameCache cache) {
        this.decoder = decoder;
        this.cache = cache;
    }

    @Override
    public PixelRaster decode(Instance instance, int frame) throws DicomException {
        if (frame < 0 || frame >= Math.max(1, instance.frameCount())) {
            throw new DicomException(instance.source(), "has no frame " + (frame + 1) + " (it has "
                    + instance.frameCount() + ")");
        }
        FrameCache.Key key = new FrameCache.Key(instance.source(), instance.sopInstanceUid(), frame);
        while (true) {
            var cached = cache.get(key);
            if (cached.isPresent()) {
                hits.incrementAndGet();
                return cached.get();
            }
            List<PixelRaster> frames = decodeOnce(instance, key);
            if (frames.isEmpty()) {
                continue; // another caller decoded it meanwhile: it is in the cache now (or was just evicted)
            }
            if (frame >= frames.size()) {
                throw new DicomException(instance.source(), "decoded " + frames.size() + " frames, not frame "
                        + (frame + 1));
            }
            return frames.get(frame);
        }
    }

    /**
     * Decodes the instance unless another caller is already doing so (then waits for it). Returns an empty list
     * when, having claimed the decode, the wanted frame turned out to be cached already.
     */
    private List<PixelRaster> decodeOnce(Instance instance, FrameCache.Key wanted) throws DicomException {
        InstanceKey key = new InstanceKey(instance.source(), instance.sopInstanceUid());
        CompletableFuture<List<PixelRaster>> mine = new CompletableFuture<>();
        CompletableFuture<List<PixelRaster>> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(instance, running);
        }
        try {
            // A decode that finished between our cache miss and claiming the slot has filled the cache.
            if (cache.get(wanted).isPresent()) {
                mine.complete(List.of());
                return List.of();
            }
            decodes.incrementAndGet();
            List<PixelRaster> frames = decoder.decodeAll(instance);
            for (int i = 0; i < frames.size(); i++) {
                cache.put(new FrameCache.Key(instance.source(), instance.sopInstanceUid(), i), frames.get(i));
            }
            mine.complete(frames);
            return frames;
        } catch (DicomException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static List<PixelRaster> await(Instance instance, CompletableFuture<List<PixelRaster>> running)
            throws DicomException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DicomException(instance.source(), "decoding was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DicomException d) {
                throw new DicomException(d.file(), d.reason(), d);
            }
            throw new DicomException(instance.source(), "decoding failed: " + e.getCause(), e.getCause());
        }
    }

    public Stats stats() {
        return new Stats(hits.get(), decodes.get(), cache.bytesHeld(), cache.size(), cache.evictions());
    }
}
