package org.cxrtriage.training;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The training graph: the network in training mode, weighted logistic loss with L2 weight decay, gradients of the
 * trainable variables ({@code Graph.addGradients}) applied with Adam ops we create ourselves (so the learning
 * rate can follow a schedule), batch-norm moving averages updated by assignment, and the same network in
 * inference mode on the same variables for validation. Optimiser slots live only here and are never exported.
 */
final class TrainingGraph implements AutoCloseable {
    private static final float BN_MOMENTUM = 0.9f;
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;

    private final Graph graph = new Graph();
    private final Session session;
    private final TbNetwork network;
    private final Map<String, Variable<TFloat32>> variables = new LinkedHashMap<>();
    private final Placeholder<TFloat32> images;
    private final Placeholder<TFloat32> labels;
    private final Placeholder<TFloat32> weights;
    private final Placeholder<TFloat32> learningRate;
    private final Placeholder<TFloat32> beta1Power;
    private final Placeholder<TFloat32> beta2Power;
    private final Operand<TFloat32> loss;
    private final List<Op> updates = new ArrayList<>();
    private final Placeholder<TFloat32> evalImages;
    private final Operand<TFloat32> evalProbability;
    private int step;

    /** A new graph with seeded initial parameters. */
    static TrainingGraph fresh(TbNetwork network, long seed, float weightDecay) {
        Random random = new Random(seed);
        List<NamedTensor> initial = new ArrayList<>();
        for (TbNetwork.ParameterShape p : network.parameterShapes()) {
            initial.add(new NamedTensor(p.name(), p.shape(), Initialiser.values(p, random)));
        }
        return new TrainingGraph(network, initial, weightDecay);
    }

    /** A graph holding given parameters (a snapshot), used to score the evaluation sets. */
    static TrainingGraph restoring(TbNetwork network, List<NamedTensor> values) {
        return new TrainingGraph(network, values, 0f);
    }

    private TrainingGraph(TbNetwork network, List<NamedTensor> initial, float weightDecay) {
        this.network = network;
        Ops tf = Ops.create(graph);
        int size = network.spec().inputSize();
        Shape inputShape = Shape.of(-1, size, size, 1);
        images = tf.withName("train_images").placeholder(TFloat32.class, Placeholder.shape(inputShape));
        labels = tf.withName("labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
        weights = tf.withName("weights").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
        learningRate = tf.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        beta1Power = tf.withName("beta1_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        beta2Power = tf.withName("beta2_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));

        for (NamedTensor p : initial) {
            variables.put(p.name(), tf.withName(p.name().replace('/', '_'))
                    .variable(tf.constant(Shape.of(p.shape()), DataBuffers.of(p.values()))));
        }
        TbNetwork.Parameters fromVariables = (name, shape, kind) -> variables.get(name);
        TbNetwork.Forward forward = network.build(tf, images, fromVariables, true);

        // Logistic loss in its stable form: softplus(z) - y z.
        Operand<TFloat32> z = forward.logits();
        Operand<TFloat32> perExample = tf.math.sub(tf.math.softplus(z), tf.math.mul(labels, z));
        Operand<TFloat32> dataLoss = tf.math.div(tf.sum(tf.math.mul(perExample, weights), tf.constant(0)),
                tf.sum(weights, tf.constant(0)));
        Operand<TFloat32> decay = tf.constant(0f);
        for (TbNetwork.ParameterShape p : network.parameterShapes()) {
            if (p.kind() == TbNetwork.Kind.KERNEL || p.kind() == TbNetwork.Kind.DENSE) {
                decay = tf.math.add(decay, tf.nn.l2Loss(variables.get(p.name())));
            }
        }
        loss = tf.math.add(dataLoss, tf.math.mul(tf.constant(weightDecay), decay));

        List<TbNetwork.ParameterShape> trainable = network.parameterShapes().stream()
                .filter(TbNetwork.ParameterShape::trainable).toList();
        Output<?>[] xs = trainable.stream().map(p -> variables.get(p.name()).asOutput()).toArray(Output<?>[]::new);
        Output<?>[] grads = graph.addGradients(loss.asOutput(), xs);
        for (int i = 0; i < trainable.size(); i++) {
            TbNetwork.ParameterShape p = trainable.get(i);
            Operand<TFloat32> zeros = tf.zeros(tf.constant(p.shape()), TFloat32.class);
            Variable<TFloat32> m = tf.withName(p.name().replace('/', '_') + "_adam_m").variable(zeros);
            Variable<TFloat32> v = tf.withName(p.name().replace('/', '_') + "_adam_v").variable(zeros);
            @SuppressWarnings("unchecked")
            Operand<TFloat32> grad = (Operand<TFloat32>) grads[i];
            updates.add(tf.train.applyAdam(variables.get(p.name()), m, v, beta1Power, beta2Power, learningRate,
                    tf.constant(BETA1), tf.constant(BETA2), tf.constant(1e-7f), grad));
        }
        for (TbNetwork.BatchStatistics s : forward.statistics()) {
            updates.add(tf.assign(s.movingMean(), movingAverage(tf, s.movingMean(), s.batchMean())));
            updates.add(tf.assign(s.movingVariance(), movingAverage(tf, s.movingVariance(), s.batchVariance())));
        }

        evalImages = tf.withName("eval_images").placeholder(TFloat32.class, Placeholder.shape(inputShape));
        evalProbability = tf.math.sigmoid(network.build(tf, evalImages, fromVariables, false).logits());

        session = new Session(graph);
        session.initialize();
    }

    private static Operand<TFloat32> movingAverage(Ops tf, Operand<TFloat32> moving, Operand<TFloat32> batch) {
        return tf.math.add(tf.math.mul(tf.constant(BN_MOMENTUM), moving),
                tf.math.mul(tf.constant(1 - BN_MOMENTUM), batch));
    }

    /** One optimiser step on a batch; returns the batch loss. */
    float train(float[] batchImages, float[] batchLabels, float[] batchWeights, float lr) {
        step++;
        int n = batchLabels.length;
        int size = network.spec().inputSize();
        try (TFloat32 x = TFloat32.tensorOf(Shape.of(n, size, size, 1), DataBuffers.of(batchImages));
             TFloat32 y = TFloat32.vectorOf(batchLabels);
             TFloat32 w = TFloat32.vectorOf(batchWeights);
             TFloat32 rate = TFloat32.scalarOf(lr);
             TFloat32 b1 = TFloat32.scalarOf((float) Math.pow(BETA1, step));
             TFloat32 b2 = TFloat32.scalarOf((float) Math.pow(BETA2, step))) {
            Session.Runner runner = session.runner()
                    .feed(images, x).feed(labels, y).feed(weights, w).feed(learningRate, rate)
                    .feed(beta1Power, b1).feed(beta2Power, b2)
                    .fetch(loss);
            updates.forEach(runner::addTarget);
            try (Result result = runner.run()) {
                return ((TFloat32) result.get(0)).getFloat();
            }
        }
    }

    /** TB probabilities in inference mode (moving statistics), {@code n} images of size*size floats. */
    float[] predict(float[] batchImages, int n) {
        int size = network.spec().inputSize();
        try (TFloat32 x = TFloat32.tensorOf(Shape.of(n, size, size, 1), DataBuffers.of(batchImages));
             Result result = session.runner().feed(evalImages, x).fetch(evalProbability).run()) {
            TFloat32 p = (TFloat32) result.get(0);
            float[] out = new float[n];
            p.copyTo(DataBuffers.of(out, false, false));
            return out;
        }
    }

    /** Copies the current parameter values (trainable and moving statistics) out of the session. */
    List<NamedTensor> snapshot() {
        List<NamedTensor> out = new ArrayList<>();
        for (TbNetwork.ParameterShape p : network.parameterShapes()) {
            try (Result result = session.runner().fetch(variables.get(p.name())).run()) {
                TFloat32 t = (TFloat32) result.get(0);
                float[] values = new float[(int) t.size()];
                t.copyTo(DataBuffers.of(values, false, false));
                out.add(new NamedTensor(p.name(), p.shape(), values));
            }
        }
        return out;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
