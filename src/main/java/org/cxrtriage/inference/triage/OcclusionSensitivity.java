package org.cxrtriage.inference.triage;

import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.Thumbnails;
import org.cxrtriage.inference.ClassifierSession;
import org.cxrtriage.inference.Heatmap;
import org.cxrtriage.inference.InferenceException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Occlusion sensitivity (Zeiler and Fergus): grey out one patch of the film at a time and see how much the
 * probability drops. Model-agnostic (it only calls the probability_only signature), so a teacher can compare it
 * with the in-graph Grad-CAM; about a hundred model calls, hence on demand, with progress and cancel.
 *
 * @param grid  patches per side over the model's crop (the Grad-CAM grid size, so the two maps compare cell by cell)
 * @param batch images per model call
 */
public record OcclusionSensitivity(int grid, int batch) {

    /** Reports patches done out of all, between batches. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    public Heatmap compute(GreyImage image, ClassifierSession session, BooleanSupplier cancelled, Progress progress)
            throws InferenceException {
        int inputSize = session.descriptor().preprocessing().inputSize();
        double crop = session.descriptor().preprocessing().cropFraction();
        // the preprocessing box-reduces to about twice the input size anyway: occluding the reduced film gives the
        // model the same view at a fraction of the cost
        GreyImage small = Thumbnails.downscale(image, 2 * inputSize * Math.max(image.width(), image.height())
                / Math.max(1, Math.min(image.width(), image.height())));
        double base = session.probabilities(List.of(small))[0];
        int fill = mean(small);
        float[] drops = new float[grid * grid];
        List<GreyImage> pending = new ArrayList<>();
        List<Integer> cells = new ArrayList<>();
        int total = grid * grid;
        for (int cell = 0; cell < total; cell++) {
            pending.add(occlude(small, cell % grid, cell / grid, crop, fill));
            cells.add(cell);
            if (pending.size() == batch || cell == total - 1) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("occlusion cancelled");
                }
                double[] p = session.probabilities(pending);
                for (int i = 0; i < p.length; i++) {
                    drops[cells.get(i)] = (float) Math.max(0, base - p[i]);
                }
                progress.update(cell + 1, total);
                pending.clear();
                cells.clear();
            }
        }
        float max = 0;
        for (float d : drops) {
            max = Math.max(max, d);
        }
        if (max > 0) {
            for (int i = 0; i < drops.length; i++) {
                drops[i] /= max;
            }
        }
        return new Heatmap(grid, grid, drops, crop);
    }

    /** The film with grid cell (gx, gy) of the crop, widened by half a cell each side, set to the mean grey. */
    private GreyImage occlude(GreyImage image, int gx, int gy, double crop, int fill) {
        int w = image.width();
        int h = image.height();
        double cellW = w * crop / grid;
        double cellH = h * crop / grid;
        double x0 = w * (1 - crop) / 2 + gx * cellW - cellW / 2;
        double y0 = h * (1 - crop) / 2 + gy * cellH - cellH / 2;
        byte[] out = image.pixels().clone();
        int xs = Math.max(0, (int) x0);
        int xe = Math.min(w, (int) Math.ceil(x0 + 2 * cellW));
        int ys = Math.max(0, (int) y0);
        int ye = Math.min(h, (int) Math.ceil(y0 + 2 * cellH));
        for (int y = ys; y < ye; y++) {
            java.util.Arrays.fill(out, y * w + xs, y * w + xe, (byte) fill);
        }
        return new GreyImage(w, h, out);
    }

    private static int mean(GreyImage image) {
        long sum = 0;
        for (byte b : image.pixels()) {
            sum += b & 0xFF;
        }
        return (int) (sum / image.pixels().length);
    }
}
