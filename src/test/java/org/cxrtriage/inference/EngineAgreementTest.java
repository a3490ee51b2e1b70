package org.cxrtriage.inference;

import org.cxrtriage.TestData;
import org.cxrtriage.imaging.PictureFiles;
import org.junit.jupiter.api.Test;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DJL's TensorFlow engine and TF Java, on the same SavedModel and input, give the same outputs. */
class EngineAgreementTest {

    @Test
    void djlAndTfJavaAgreeWithinOneInAHundredThousand() throws Exception {
        RegisteredModel model = new ModelRegistry(ShippedModel.modelsFolder()).require(ModelLoader.DEFAULT_MODEL);
        Preprocessing pre = model.descriptor().preprocessing().toPreprocessing();
        PictureFiles files = new PictureFiles();
        List<Path> films = List.of(TestData.cxr("shenzhen/CHNCXR_0007_0.png"),
                TestData.cxr("tbx11k/tb0004.png"), TestData.cxr("fullres/CHNCXR_0007_0.png"));
        int size = pre.inputSize();
        try (TbClassifier djl = TbClassifier.load(model, new TensorFlowNatives());
             ClassifierSession session = djl.newSession();
             SavedModelBundle tf = SavedModelBundle.load(model.savedModel().toString(), "serve")) {
            for (Path film : films) {
                float[] input = pre.toInput(files.read(film));
                Prediction viaDjl = session.predictInput(input);
                try (TFloat32 x = TFloat32.tensorOf(Shape.of(1, size, size, 1), DataBuffers.of(input));
                     Result out = tf.function("serving_default").call(Map.of("image", x))) {
                    TFloat32 p = (TFloat32) out.get("probability").orElseThrow();
                    TFloat32 h = (TFloat32) out.get("heatmap").orElseThrow();
                    assertEquals(p.getFloat(0), viaDjl.probability(), 1e-5, film.toString());
                    float[] heat = new float[(int) h.size()];
                    h.copyTo(DataBuffers.of(heat, false, false));
                    for (int i = 0; i < heat.length; i++) {
                        assertEquals(heat[i], viaDjl.heatmap().values()[i], 1e-4, "heatmap cell " + i);
                    }
                }
            }
        }
    }
}
