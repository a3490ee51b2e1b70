package org.cxrtriage.training;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports trained parameters as a fresh inference-only SavedModel: a new graph holds only the network in
 * inference mode (batch norm on the moving statistics), so no optimiser slot or training op is exported.
 *
 * <p>Signatures: {@code serving_default} returns {@code probability} [N] and {@code heatmap} [N, h, w], the
 * Grad-CAM of the last convolutional block computed in-graph (gradient of the logit w.r.t. that block's
 * activations, averaged per channel, weighted sum of the activations, ReLU, scaled to a maximum of 1);
 * {@code probability_only} returns just the probability for batch work.
 */
final class SavedModelWriter {
    static final String INPUT = "image";
    static final String PROBABILITY = "probability";
    static final String HEATMAP = "heatmap";
    static final String BATCH_SIGNATURE = "probability_only";

    void export(TbNetwork network, List<NamedTensor> parameters, Path folder) throws IOException {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Map<String, Variable<TFloat32>> variables = new HashMap<>();
            Map<String, Placeholder<TFloat32>> feeds = new HashMap<>();
            List<org.tensorflow.op.Op> assigns = new ArrayList<>();
            for (NamedTensor p : parameters) {
                String name = p.name().replace('/', '_');
                Variable<TFloat32> variable = tf.withName(name).variable(Shape.of(p.shape()), TFloat32.class);
                Placeholder<TFloat32> feed = tf.withName(name + "_value")
                        .placeholder(TFloat32.class, Placeholder.shape(Shape.of(p.shape())));
                variables.put(p.name(), variable);
                feeds.put(p.name(), feed);
                assigns.add(tf.assign(variable, feed));
            }
            int size = network.spec().inputSize();
            Placeholder<TFloat32> image = tf.withName(INPUT)
                    .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, size, size, 1)));
            TbNetwork.Forward forward = network.build(tf, image, (name, shape, kind) -> variables.get(name), false);
            Operand<TFloat32> probability = tf.withName(PROBABILITY).math.sigmoid(forward.logits());
            Operand<TFloat32> heatmap = gradCam(tf, graph, forward);

            try (Session session = new Session(graph)) {
                Session.Runner runner = session.runner();
                List<TFloat32> tensors = new ArrayList<>();
                try {
                    for (NamedTensor p : parameters) {
                        TFloat32 t = TFloat32.tensorOf(Shape.of(p.shape()), DataBuffers.of(p.values()));
                        tensors.add(t);
                        runner.feed(feeds.get(p.name()), t);
                    }
                    assigns.forEach(runner::addTarget);
                    runner.run();
                } finally {
                    tensors.forEach(TFloat32::close);
                }
                Signature serving = Signature.builder().key(Signature.DEFAULT_KEY)
                        .input(INPUT, image).output(PROBABILITY, probability).output(HEATMAP, heatmap).build();
                Signature batch = Signature.builder().key(BATCH_SIGNATURE)
                        .input(INPUT, image).output(PROBABILITY, probability).build();
                SavedModelBundle.exporter(folder.toString()).withSession(session)
                        .withSignatures(serving, batch).export();
            }
        }
    }

    private static Operand<TFloat32> gradCam(Ops tf, Graph graph, TbNetwork.Forward forward) {
        Operand<TFloat32> activations = forward.lastConv();
        // Each image's logit depends only on its own activations (inference-mode batch norm), so the gradient
        // of the summed logits gives every image its own gradient.
        @SuppressWarnings("unchecked")
        Operand<TFloat32> grads = (Operand<TFloat32>) graph.addGradients(
                tf.sum(forward.logits(), tf.constant(0)).asOutput(), new org.tensorflow.Output<?>[]{
                        activations.asOutput()})[0];
        Operand<TFloat32> channelWeights = tf.math.mean(grads, tf.constant(new int[]{1, 2}),
                org.tensorflow.op.math.Mean.keepDims(true));
        Operand<TFloat32> cam = tf.nn.relu(tf.sum(tf.math.mul(activations, channelWeights), tf.constant(3)));
        Operand<TFloat32> peak = tf.max(cam, tf.constant(new int[]{1, 2}), org.tensorflow.op.core.Max.keepDims(true));
        return tf.withName(HEATMAP).math.div(cam, tf.math.add(peak, tf.constant(1e-6f)));
    }
}
