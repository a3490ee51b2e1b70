package org.cxrtriage.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.MapChangeListener;
import org.cxrtriage.dicom.Instance;
import org.cxrtriage.imaging.Colormap;
import org.cxrtriage.imaging.SaliencyLayer;
import org.cxrtriage.imaging.SaliencyMap;
import org.cxrtriage.imaging.SaliencyStyle;
import org.cxrtriage.inference.Heatmap;
import org.cxrtriage.inference.ModelDescriptor;
import org.cxrtriage.inference.Prediction;
import org.cxrtriage.inference.triage.AnalysisResult;
import org.cxrtriage.inference.triage.Explanation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The AI result of the image in the viewport, against the site threshold, and the saliency overlay controls.
 * One {@link SaliencyStyle} binding drives both the painted overlay and the colour-bar legend.
 */
public final class ResultPanelViewModel {
    /** Which saliency map is painted. */
    public enum Source {
        GRAD_CAM("result.source.gradCam"), OCCLUSION("result.source.occlusion");

        private final String key;

        Source(String key) {
            this.key = key;
        }

        /** Its name in the map chooser. */
        public String label(Messages messages) {
            return messages.text(key);
        }
    }

    private final ViewportViewModel viewport;
    private final AnalysisViewModel analysis;
    private final SiteSettings settings;
    private final Messages messages;
    private final ReadOnlyStringWrapper probability = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper threshold = new ReadOnlyStringWrapper("–");
    private final ReadOnlyObjectWrapper<FlagState> flag = new ReadOnlyObjectWrapper<>(FlagState.PENDING);
    private final ReadOnlyStringWrapper model = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final BooleanProperty showOverlay = new SimpleBooleanProperty(false);
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(SaliencyStyle.DEFAULT.colormap());
    private final DoubleProperty opacity = new SimpleDoubleProperty(SaliencyStyle.DEFAULT.opacity());
    private final DoubleProperty cutOff = new SimpleDoubleProperty(SaliencyStyle.DEFAULT.cutOff());
    private final BooleanProperty contours = new SimpleBooleanProperty(false);
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.GRAD_CAM);
    private final ObjectBinding<SaliencyStyle> style;
    /** Occlusion maps computed on demand, by SOP Instance UID. */
    private final Map<String, SaliencyMap> occlusionMaps = new HashMap<>();

    public ResultPanelViewModel(ViewportViewModel viewport, AnalysisViewModel analysis, SiteSettings settings,
                                Messages messages) {
        this.viewport = viewport;
        this.analysis = analysis;
        this.settings = settings;
        this.messages = messages;
        style = Bindings.createObjectBinding(() -> new SaliencyStyle(colormap.get(),
                clamp(opacity.get()), clamp(cutOff.get()), contours.get()), colormap, opacity, cutOff, contours);
        viewport.instanceProperty().addListener((obs, old, now) -> refresh());
        analysis.results().addListener((MapChangeListener<String, AnalysisResult>) c -> refresh());
        settings.thresholdProperty().addListener((obs, old, now) -> refresh());
        style.addListener((obs, old, now) -> updateOverlay());
        showOverlay.addListener((obs, old, now) -> updateOverlay());
        source.addListener((obs, old, now) -> updateOverlay());
        refresh();
    }

    private void refresh() {
        Instance instance = viewport.instanceProperty().get();
        Optional<AnalysisResult> result = analysis.result(instance);
        if (instance == null) {
            show("–", "–", FlagState.PENDING, "", messages.text("result.noImage"));
        } else if (result.isEmpty()) {
            show("…", thresholdText(), FlagState.PENDING, modelText(), messages.text("result.pending"));
        } else if (result.get() instanceof AnalysisResult.Scored s) {
            Prediction p = s.prediction();
            double t = effectiveThreshold(p.threshold());
            show(String.format(Locale.ROOT, "%.4f", p.probability()), String.format(Locale.ROOT, "%.4f", t),
                    Explanation.flagged(p.probability(), t) ? FlagState.FLAGGED : FlagState.NOT_FLAGGED,
                    p.modelId() + " " + p.modelVersion(), Explanation.of(s, t));
        } else {
            show("–", thresholdText(), FlagState.NOT_ANALYSED, modelText(), Explanation.of(result.get(), 0));
        }
        updateOverlay();
    }

    private void show(String p, String t, FlagState f, String m, String e) {
        probability.set(p);
        threshold.set(t);
        flag.set(f);
        model.set(m);
        explanation.set(e);
    }

    /** The threshold in force: the site's, else the model's own. */
    public double effectiveThreshold(double modelThreshold) {
        return settings.effectiveThreshold(modelThreshold);
    }

    private String thresholdText() {
        return modelDescriptor().map(d -> String.format(Locale.ROOT, "%.4f", effectiveThreshold(d.threshold())))
                .orElse("–");
    }

    private String modelText() {
        return modelDescriptor().map(d -> d.id() + " " + d.version()).orElse("");
    }

    private Optional<ModelDescriptor> modelDescriptor() {
        return analysis.analyser().models().loadedDescriptor();
    }

    private void updateOverlay() {
        Instance instance = viewport.instanceProperty().get();
        Optional<SaliencyMap> map = showOverlay.get() ? currentMap(instance) : Optional.empty();
        viewport.setSaliency(instance, map.map(m -> new SaliencyLayer(m, style.get())).orElse(null));
    }

    /** The map painted over the image on screen now; empty while the overlay is off or has no map yet. */
    public Optional<SaliencyMap> shownMap() {
        return showOverlay.get() ? currentMap(viewport.instanceProperty().get()) : Optional.empty();
    }

    private Optional<SaliencyMap> currentMap(Instance instance) {
        if (instance == null) {
            return Optional.empty();
        }
        if (source.get() == Source.OCCLUSION) {
            return Optional.ofNullable(occlusionMaps.get(instance.sopInstanceUid()));
        }
        return gradCamMap(instance);
    }

    /** The Grad-CAM map of {@code instance} from its analysis; empty until it is scored (or when it is not). */
    public Optional<SaliencyMap> gradCamMap(Instance instance) {
        return analysis.result(instance).filter(AnalysisResult.Scored.class::isInstance)
                .map(r -> toMap(((AnalysisResult.Scored) r).prediction().heatmap()));
    }

    static SaliencyMap toMap(Heatmap h) {
        return new SaliencyMap(h.width(), h.height(), h.values(), h.cropFraction());
    }

    /** An occlusion map finished for this image: remember it and show it if occlusion is the chosen source. */
    void putOcclusion(Instance instance, SaliencyMap map) {
        occlusionMaps.put(instance.sopInstanceUid(), map);
        updateOverlay();
    }

    public boolean hasOcclusion(Instance instance) {
        return instance != null && occlusionMaps.containsKey(instance.sopInstanceUid());
    }

    /** H: show / hide the overlay. */
    public void toggleOverlay() {
        showOverlay.set(!showOverlay.get());
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    public ReadOnlyStringProperty probabilityProperty() {
        return probability.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FlagState> flagProperty() {
        return flag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public BooleanProperty showOverlayProperty() {
        return showOverlay;
    }

    public ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public DoubleProperty cutOffProperty() {
        return cutOff;
    }

    public BooleanProperty contoursProperty() {
        return contours;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The one style object both the overlay and the legend are drawn from. */
    public ObjectBinding<SaliencyStyle> styleProperty() {
        return style;
    }

    public SiteSettings settings() {
        return settings;
    }

    public ViewportViewModel viewport() {
        return viewport;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }
}
