package org.cxrtriage.imaging;

import org.cxrtriage.dicom.DicomException;
import org.cxrtriage.dicom.FrameDecoder;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.dicom.LoadResult;
import org.cxrtriage.dicom.StudyLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A DICOM file as the model sees it: first frame of its first image, rendered with the default window by
 * {@link DisplayPipeline#renderDefault} — the very 8-bit image a reader first sees and a PNG export would hold.
 */
public final class DicomFilms implements FilmReader {
    private static final byte[] MAGIC = {'D', 'I', 'C', 'M'};

    private final StudyLoader loader;
    private final FrameDecoder decoder;
    private final DisplayPipeline pipeline;

    public DicomFilms(StudyLoader loader, FrameDecoder decoder, DisplayPipeline pipeline) {
        this.loader = loader;
        this.decoder = decoder;
        this.pipeline = pipeline;
    }

    /** ".dcm"/".dicom" files, and any file with the DICM preamble marker at byte 128. */
    @Override
    public boolean handles(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dcm") || name.endsWith(".dicom")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(132);
            return head.length == 132 && Arrays.equals(Arrays.copyOfRange(head, 128, 132), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public GreyImage read(Path file) throws ImageReadException {
        try {
            LoadResult result = loader.load(file);
            if (!result.failures().isEmpty()) {
                throw new ImageReadException(file, result.failures().get(0).reason());
            }
            Instance instance = result.firstImage()
                    .orElseThrow(() -> new ImageReadException(file, "DICOM file without an image"));
            return pipeline.renderDefault(decoder.decode(instance, 0), instance.pixels());
        } catch (DicomException e) {
            throw new ImageReadException(file, e.reason(), e);
        }
    }
}
