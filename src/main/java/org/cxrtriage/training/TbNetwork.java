package org.cxrtriage.training;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.types.TFloat32;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the forward pass of the TB CNN into a graph, either in training mode (batch statistics, whose values
 * are returned so the caller can update the moving averages) or in inference mode (moving statistics). The same
 * code builds both graphs, so the exported model is the trained network and nothing else.
 */
final class TbNetwork {
    static final float BN_EPSILON = 1e-3f;

    /** Where the graph gets a named parameter from (trainable variable, or variable restored for export). */
    interface Parameters {
        Operand<TFloat32> get(String name, long[] shape, Kind kind);
    }

    /** What a parameter is, which decides its initial value and whether the optimiser updates it. */
    enum Kind { KERNEL, GAMMA, BETA, MOVING_MEAN, MOVING_VARIANCE, DENSE, BIAS }

    /** Batch statistics of one block in training mode, paired with the moving averages they update. */
    record BatchStatistics(Operand<TFloat32> movingMean, Operand<TFloat32> movingVariance,
                           Operand<TFloat32> batchMean, Operand<TFloat32> batchVariance) {
    }

    /** The network's outputs: logit per image, the Grad-CAM layer, and (training only) batch statistics. */
    record Forward(Operand<TFloat32> logits, Operand<TFloat32> lastConv, List<BatchStatistics> statistics) {
    }

    private final NetworkSpec spec;

    TbNetwork(NetworkSpec spec) {
        this.spec = spec;
    }

    NetworkSpec spec() {
        return spec;
    }

    /** The parameter names and shapes in a fixed order, for initialisation and export. */
    List<ParameterShape> parameterShapes() {
        List<ParameterShape> shapes = new ArrayList<>();
        long in = 1;
        for (int b = 0; b < spec.blocks().size(); b++) {
            long out = spec.blocks().get(b).channels();
            shapes.add(new ParameterShape("block" + b + "/kernel", new long[]{3, 3, in, out}, Kind.KERNEL));
            shapes.add(new ParameterShape("block" + b + "/gamma", new long[]{out}, Kind.GAMMA));
            shapes.add(new ParameterShape("block" + b + "/beta", new long[]{out}, Kind.BETA));
            shapes.add(new ParameterShape("block" + b + "/moving_mean", new long[]{out}, Kind.MOVING_MEAN));
            shapes.add(new ParameterShape("block" + b + "/moving_variance", new long[]{out}, Kind.MOVING_VARIANCE));
            in = out;
        }
        shapes.add(new ParameterShape("head/kernel", new long[]{in, 1}, Kind.DENSE));
        shapes.add(new ParameterShape("head/bias", new long[]{1}, Kind.BIAS));
        return shapes;
    }

    record ParameterShape(String name, long[] shape, Kind kind) {
        boolean trainable() {
            return kind != Kind.MOVING_MEAN && kind != Kind.MOVING_VARIANCE;
        }
    }

    /** Input is NHWC [batch, size, size, 1] in [-1, 1]. */
    Forward build(Ops tf, Operand<TFloat32> input, Parameters parameters, boolean training) {
        Operand<TFloat32> x = input;
        List<BatchStatistics> statistics = new ArrayList<>();
        List<ParameterShape> shapes = parameterShapes();
        int p = 0;
        for (NetworkSpec.Block block : spec.blocks()) {
            Operand<TFloat32> kernel = get(parameters, shapes.get(p++));
            Operand<TFloat32> gamma = get(parameters, shapes.get(p++));
            Operand<TFloat32> beta = get(parameters, shapes.get(p++));
            Operand<TFloat32> movingMean = get(parameters, shapes.get(p++));
            Operand<TFloat32> movingVariance = get(parameters, shapes.get(p++));
            long s = block.stride();
            x = tf.nn.conv2d(x, kernel, List.of(1L, s, s, 1L), "SAME");
            if (training) {
                // Empty mean/variance inputs: the op normalises with this batch's statistics and returns them.
                Operand<TFloat32> empty = tf.constant(new float[0]);
                FusedBatchNorm<TFloat32, TFloat32> bn = tf.nn.fusedBatchNorm(x, gamma, beta, empty, empty,
                        FusedBatchNorm.isTraining(true), FusedBatchNorm.epsilon(BN_EPSILON));
                statistics.add(new BatchStatistics(movingMean, movingVariance, bn.batchMean(), bn.batchVariance()));
                x = bn.y();
            } else {
                x = tf.nn.fusedBatchNorm(x, gamma, beta, movingMean, movingVariance,
                        FusedBatchNorm.isTraining(false), FusedBatchNorm.epsilon(BN_EPSILON)).y();
            }
            x = tf.nn.relu(x);
            if (block.pool()) {
                x = tf.nn.maxPool(x, tf.constant(new int[]{1, 2, 2, 1}), tf.constant(new int[]{1, 2, 2, 1}), "VALID");
            }
        }
        Operand<TFloat32> lastConv = x;
        Operand<TFloat32> pooled = tf.math.mean(lastConv, tf.constant(new int[]{1, 2}));
        Operand<TFloat32> dense = get(parameters, shapes.get(p++));
        Operand<TFloat32> bias = get(parameters, shapes.get(p));
        Operand<TFloat32> logits = tf.reshape(tf.nn.biasAdd(tf.linalg.matMul(pooled, dense), bias),
                tf.constant(new int[]{-1}));
        return new Forward(logits, lastConv, statistics);
    }

    private static Operand<TFloat32> get(Parameters parameters, ParameterShape shape) {
        return parameters.get(shape.name(), shape.shape(), shape.kind());
    }
}
