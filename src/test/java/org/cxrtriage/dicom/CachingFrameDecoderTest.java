package org.cxrtriage.dicom;

import org.cxrtriage.TestData;
import org.cxrtriage.dicom.pixelmed.PixelMedInstanceDecoder;
import org.cxrtriage.dicom.scan.StructureScanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache in front of the real PixelMed decoder: decode counts come from the decoder's own statistics. */
class CachingFrameDecoderTest {
    @TempDir
    Path temp;
    private DicomTestServices dicom;

    @BeforeEach
    void start() {
        dicom = new DicomTestServices(temp);
    }

    @AfterEach
    void stop() {
        dicom.close();
    }

    @Test
    void secondDecodeOfAFrameIsServedFromTheCache() throws Exception {
        Instance chest = dicom.single(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        CachingFrameDecoder decoder = dicom.decoder;
        PixelRaster first = decoder.decode(chest, 0);
        PixelRaster second = decoder.decode(chest, 0);
        assertSame(first, second);
        assertEquals(1, decoder.stats().decodes());
        assertEquals(1, decoder.stats().hits());
        assertEquals(440L * 440 * 4, decoder.stats().cachedBytes());
    }

    @Test
    void oneDecodeServesEveryFrameOfAMultiFrameInstance() throws Exception {
        Instance mr = dicom.single(TestData.dicom("multiframe/emri_small.dcm"));
        for (int f = 0; f < mr.frameCount(); f++) {
            dicom.decoder.decode(mr, f);
        }
        assertEquals(1, dicom.decoder.stats().decodes());
        assertEquals(mr.frameCount() - 1, dicom.decoder.stats().hits());
        DicomException e = assertThrows(DicomException.class, () -> dicom.decoder.decode(mr, mr.frameCount()));
        assertTrue(e.reason().contains("has no frame 11"), e.reason());
    }

    @Test
    void memoryBoundEvictsTheLeastRecentlyUsedFrame() throws Exception {
        StructureScanner scanner = new StructureScanner();
        long oneChestFrame = 440L * 440 * 4;
        FrameCache cache = new FrameCache(oneChestFrame + 64 * 64 * 4 * 5);
        CachingFrameDecoder decoder = new CachingFrameDecoder(new PixelMedInstanceDecoder(scanner), cache);
        Instance chest = dicom.single(TestData.dicom("radiography/CR-MONO1-10-chest.dcm"));
        Instance mr = dicom.single(TestData.dicom("multiframe/emri_small.dcm"));

        decoder.decode(chest, 0);
        // 10 MR frames of 16 kB: the sixth no longer fits beside the chest film, which is least recently used
        decoder.decode(mr, 0);
        assertTrue(cache.bytesHeld() <= cache.maxBytes(), cache.bytesHeld() + " > " + cache.maxBytes());
        assertEquals(1, cache.evictions());
        assertEquals(10, cache.size(), "all MR frames fit once the chest film is gone");
        assertTrue(cache.get(new FrameCache.Key(chest.source(), chest.sopInstanceUid(), 0)).isEmpty());
        decoder.decode(chest, 0);
        assertEquals(3, decoder.stats().decodes(), "the chest film was evicted and decoded again");
        assertTrue(cache.evictions() > 1, "making room for it evicted MR frames");
        assertTrue(cache.bytesHeld() <= cache.maxBytes());
    }

    @Test
    void concurrentRequestsForOneFrameDecodeItOnce() throws Exception {
        Instance chest = dicom.single(TestData.dicom("radiography/RG3_J2KR.dcm")); // about 1 s to decode
        int callers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PixelRaster>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return dicom.decoder.decode(chest, 0);
                }));
            }
            start.countDown();
            PixelRaster first = results.get(0).get();
            for (Future<PixelRaster> result : results) {
                assertSame(first, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, dicom.decoder.stats().decodes());
    }

    @Test
    void failuresReachEveryWaiterAndAreNotCached() throws Exception {
        Instance jpegLs = dicom.single(TestData.dicom(
                "transfer-syntax/CTImage.dcm_JPEGLSLosslessTransferSyntax_1.2.840.10008.1.2.4.80.dcm"));
        assertThrows(DicomException.class, () -> dicom.decoder.decode(jpegLs, 0));
        assertThrows(DicomException.class, () -> dicom.decoder.decode(jpegLs, 0));
        assertEquals(2, dicom.decoder.stats().decodes());
        assertEquals(0, dicom.decoder.stats().cachedFrames());
    }
}
