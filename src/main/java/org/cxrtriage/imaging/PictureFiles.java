package org.cxrtriage.imaging;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * The one reader of PNG/JPEG chest films: every picture becomes the same 8-bit {@link GreyImage} whether it is
 * stored as 8-bit grey, 16-bit grey, RGB or palette, so training, evaluation and the workstation see identical
 * grey levels. The conversions are integer arithmetic so they are reproducible bit for bit.
 */
public final class PictureFiles implements FilmReader {

    /** True for the file names this reader handles (DICOM goes through the dicom package instead). */
    @Override
    public boolean handles(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    @Override
    public GreyImage read(Path file) throws ImageReadException {
        return withReader(file, reader -> toGrey(reader.read(0)));
    }

    /**
     * Width and height from the header alone, and a check that the file is complete (PNG: every chunk up to IEND
     * is there; JPEG: the end-of-image marker is), all without decoding a pixel: listing a folder of a thousand
     * films must not decode a thousand films, yet a truncated export should be refused when it is opened, not
     * when someone scrolls to it. Failures read like those of {@link #read}: "not a readable PNG image (...)".
     */
    public PictureSize size(Path file) throws ImageReadException {
        PictureSize size = withReader(file, reader -> new PictureSize(reader.getWidth(0), reader.getHeight(0)));
        java.util.Optional<String> incomplete;
        try {
            incomplete = PictureCompleteness.problem(file, suffix(file));
        } catch (IOException e) {
            throw new ImageReadException(file, notReadable(file, e.getMessage()), e);
        }
        if (incomplete.isPresent()) {
            throw new ImageReadException(file, notReadable(file, incomplete.get()));
        }
        return size;
    }

    /** A picture's size in pixels, as its header gives it. */
    public record PictureSize(int width, int height) {
    }

    @FunctionalInterface
    private interface ReaderCall<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(Path file, ReaderCall<T> call) throws ImageReadException {
        if (!Files.isRegularFile(file)) {
            throw new ImageReadException(file, "no such file");
        }
        String suffix = suffix(file);
        ImageReader reader = readerFor(suffix)
                .orElseThrow(() -> new ImageReadException(file, "no image reader for ." + suffix + " files"));
        java.util.List<String> truncation = new java.util.ArrayList<>();
        // The JDK's JPEG reader only warns about a truncated file and fills the missing part with grey: a half
        // film must not pass for a whole one (in the workstation or in training), so that warning is a failure.
        reader.addIIOReadWarningListener((source, warning) -> {
            String w = warning.toLowerCase(java.util.Locale.ROOT);
            if (w.contains("truncated") || w.contains("premature end")) {
                truncation.add(warning);
            }
        });
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            T result = call.apply(reader);
            if (!truncation.isEmpty()) {
                throw new ImageReadException(file, notReadable(file, "truncated: " + String.join("; ", truncation)));
            }
            return result;
        } catch (IOException | RuntimeException e) {
            throw new ImageReadException(file, notReadable(file, e.getMessage()), e);
        } finally {
            reader.dispose();
        }
    }

    private static String suffix(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String notReadable(Path file, String why) {
        return "not a readable " + suffix(file).toUpperCase(java.util.Locale.ROOT) + " image (" + why + ")";
    }

    /**
     * Picks the reader by file suffix, preferring the JDK's own: probing every registered reader (what
     * ImageIO.read does) wakes PixelMed's JPEG-lossless plug-in, which prints a line to stdout per probe.
     */
    private static java.util.Optional<ImageReader> readerFor(String suffix) {
        ImageReader fallback = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersBySuffix(suffix); it.hasNext(); ) {
            ImageReader reader = it.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio.")) {
                return java.util.Optional.of(reader);
            }
            if (fallback == null) {
                fallback = reader;
            }
        }
        return java.util.Optional.ofNullable(fallback);
    }

    /** Converts any decoded picture to 8-bit grey: grey samples are rescaled, colour uses Rec. 601 luma. */
    public static GreyImage toGrey(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] pixels = new byte[width * height];
        Raster raster = image.getRaster();
        boolean plainGrey = raster.getNumBands() == 1
                && image.getColorModel().getNumComponents() == 1
                && image.getType() != BufferedImage.TYPE_BYTE_INDEXED
                && image.getType() != BufferedImage.TYPE_BYTE_BINARY;
        if (plainGrey) {
            int bits = raster.getSampleModel().getSampleSize(0);
            long max = (1L << bits) - 1;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    long v = raster.getSample(x, y, 0);
                    // Rounded rescale of the stored range onto 0..255 (identity for 8-bit files).
                    pixels[y * width + x] = (byte) ((v * 255 + max / 2) / max);
                }
            }
        } else {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    // Grey content stored as RGB (TBX11K, Actualmed) maps back to exactly its grey level.
                    pixels[y * width + x] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
                }
            }
        }
        return new GreyImage(width, height, pixels);
    }
}
