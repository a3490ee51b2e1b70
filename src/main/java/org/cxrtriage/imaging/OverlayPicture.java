package org.cxrtriage.imaging;

import java.awt.image.BufferedImage;

/**
 * A film with its saliency painted over it, as an RGB picture for files: the film resized with
 * {@link Thumbnails#resize}, then painted by {@link SaliencyLayer#paint}, the very code that paints the overlay on
 * screen, so predict's PNG, a teaching slide and the viewport show the same colours for the same style.
 */
public final class OverlayPicture {
    private OverlayPicture() {
    }

    /** The film alone at {@code w x h}: plain grey, r = g = b. */
    public static BufferedImage render(GreyImage image, int w, int h) {
        return toBufferedImage(new DisplayImage.Grey(Thumbnails.resize(image, w, h)));
    }

    /** The film at {@code w x h} with {@code layer} painted over it. */
    public static BufferedImage render(GreyImage image, int w, int h, SaliencyLayer layer) {
        return toBufferedImage(layer.paint(new DisplayImage.Grey(Thumbnails.resize(image, w, h))));
    }

    private static BufferedImage toBufferedImage(DisplayImage image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, image.width(), image.height(), SaliencyLayer.toArgb(image), 0, image.width());
        return out;
    }
}
