package org.cxrtriage.imaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Whether a PNG or JPEG file is complete, found from its structure alone (no pixel is decoded). A picture
 * header holds the size, so an export cut short by a full disk or an interrupted copy would list and show its
 * size like a good one and fail only when decoded; checking the structure at open time turns it into a load
 * failure with a reason instead.
 *
 * <p>PNG: the chunks are walked by their lengths (one small read per chunk, the data is skipped) up to IEND.
 * JPEG: the end-of-image marker (FF D9) must be in the last {@value #JPEG_TAIL} bytes; inside entropy-coded data
 * an FF byte is always followed by 00 or a restart marker, so FF D9 there is the real end and cannot occur by
 * chance in a truncated scan. (The JDK's JPEG reader fills a truncated scan with grey and only warns; the decode in
 * {@link PictureFiles#read} turns that warning into a failure too, for a file cut short after it was opened.)
 */
final class PictureCompleteness {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Room for a little padding or a trailer some writers put after the end-of-image marker. */
    static final int JPEG_TAIL = 4096;

    private PictureCompleteness() {
    }

    /** Why the file is incomplete, or empty when its structure is whole (or the format is not PNG/JPEG). */
    static Optional<String> problem(Path file, String suffix) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return switch (suffix) {
                case "png" -> png(channel);
                case "jpg", "jpeg" -> jpeg(channel);
                default -> Optional.empty();
            };
        }
    }

    private static Optional<String> png(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer head = ByteBuffer.allocate(8);
        if (readFully(channel, head, 0) < 8 || !java.util.Arrays.equals(head.array(), PNG_SIGNATURE)) {
            return Optional.of("no PNG signature");
        }
        long position = 8;
        while (true) {
            head.clear();
            if (readFully(channel, head, position) < 8) {
                return Optional.of("truncated: the file ends at byte " + size + " before the IEND chunk");
            }
            long length = head.getInt(0) & 0xFFFFFFFFL;
            String type = new String(head.array(), 4, 4, StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE) {
                return Optional.of("chunk " + type + " at byte " + position + " has an impossible length " + length);
            }
            long next = position + 12 + length; // length, type, data, CRC
            if (next > size) {
                return Optional.of("truncated: the file ends at byte " + size + ", inside the " + type
                        + " chunk that runs to byte " + next);
            }
            if ("IEND".equals(type)) {
                return Optional.empty();
            }
            position = next;
        }
    }

    private static Optional<String> jpeg(FileChannel channel) throws IOException {
        long size = channel.size();
        int tail = (int) Math.min(size, JPEG_TAIL);
        ByteBuffer end = ByteBuffer.allocate(tail);
        int read = readFully(channel, end, size - tail);
        byte[] bytes = end.array();
        for (int i = read - 2; i >= 0; i--) {
            if (bytes[i] == (byte) 0xFF && bytes[i + 1] == (byte) 0xD9) {
                return Optional.empty();
            }
        }
        return Optional.of("truncated: no end-of-image marker in the last " + tail + " bytes");
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
