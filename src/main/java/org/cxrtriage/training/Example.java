package org.cxrtriage.training;

import org.cxrtriage.imaging.GreyImage;

/** One decoded, labelled image of the manifest, held in memory during training. */
record Example(String source, String label, String split, boolean tb, GreyImage image) {
    String group() {
        return source + "/" + label;
    }
}
