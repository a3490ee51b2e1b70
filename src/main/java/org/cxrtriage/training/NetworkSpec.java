package org.cxrtriage.training;

import java.util.List;

/**
 * The CNN's shape: 3x3 convolution blocks (conv, batch norm, ReLU, optional 2x2 max-pool), then global average
 * pooling and one logistic unit. The last block's ReLU output is the Grad-CAM layer.
 */
record NetworkSpec(int inputSize, List<Block> blocks) {

    /** One block: {@code stride} applies to the convolution, {@code pool} adds a 2x2 max-pool after the ReLU. */
    record Block(int channels, int stride, boolean pool) {
    }

    /**
     * The shipped architecture: about 0.4 M parameters and 0.16 G multiply-adds at 192 px (sized for two
     * shared CPU cores), Grad-CAM grid of inputSize/16.
     */
    static NetworkSpec standard(int inputSize) {
        return new NetworkSpec(inputSize, List.of(
                new Block(16, 2, false),
                new Block(32, 1, true),
                new Block(64, 1, true),
                new Block(128, 1, true),
                new Block(192, 1, false)));
    }

    /** Side of the Grad-CAM grid. */
    int camSize() {
        int size = inputSize;
        for (Block block : blocks) {
            size = (size + block.stride() - 1) / block.stride();
            if (block.pool()) {
                size /= 2;
            }
        }
        return size;
    }
}
