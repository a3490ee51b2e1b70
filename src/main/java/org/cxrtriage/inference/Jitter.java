package org.cxrtriage.inference;

/**
 * A random perturbation the trainer applies inside the shared preprocessing: zoom, small rotation, shift and
 * gamma/contrast. Inference always uses {@link #NONE}, so training and serving run the same code path.
 *
 * @param scale      zoom factor (>1 zooms in)
 * @param rotation   rotation in radians
 * @param shiftX     shift in units of the crop half-width
 * @param shiftY     shift in units of the crop half-height
 * @param gamma      exponent applied to the equalised intensity
 * @param contrast   contrast factor around mid-grey
 */
public record Jitter(double scale, double rotation, double shiftX, double shiftY, double gamma, double contrast) {
    public static final Jitter NONE = new Jitter(1, 0, 0, 0, 1, 1);

    public Jitter {
        if (!(scale > 0) || !(gamma > 0) || !(contrast > 0)) {
            throw new IllegalArgumentException("jitter needs positive scale, gamma and contrast");
        }
    }
}
