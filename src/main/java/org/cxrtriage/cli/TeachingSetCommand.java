package org.cxrtriage.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cxrtriage.imaging.FilmReader;
import org.cxrtriage.imaging.GreyImage;
import org.cxrtriage.imaging.SaliencyMap;
import org.cxrtriage.imaging.SaliencyStyle;
import org.cxrtriage.imaging.SlideText;
import org.cxrtriage.imaging.TeachingSlide;
import org.cxrtriage.inference.ModelDescriptor;
import org.cxrtriage.inference.ModelLoader;
import org.cxrtriage.inference.triage.ClassifierProvider;
import org.cxrtriage.review.teaching.LabelTally;
import org.cxrtriage.review.teaching.ModelOutcome;
import org.cxrtriage.review.teaching.ModelResult;
import org.cxrtriage.review.teaching.QuizSelection;
import org.cxrtriage.review.teaching.TeachingAnalyser;
import org.cxrtriage.review.teaching.TeachingFilm;
import org.cxrtriage.review.teaching.TeachingItem;
import org.cxrtriage.review.teaching.TeachingSet;
import org.cxrtriage.review.teaching.TeachingSetReader;
import org.cxrtriage.review.teaching.TeachingSlides;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code teaching-set}: what the shipped model does on each film of a teaching set, for a teacher preparing a
 * class: which films it flags, its false positives (COVID-19 and other opacities), its misses, the films it cannot
 * analyse and why, and a slide per film. The films are read and analysed by {@link TeachingAnalyser} and explained
 * by the quiz's own words, so what the teacher sees here is what the class will see in the quiz.
 */
@Command(name = "teaching-set", mixinStandardHelpOptions = true,
        description = {"Check a teaching set (CSV path,label[,notes]) before class: the model's result, outcome and"
                + " lesson per film, a summary per label, optionally one slide PNG per film.",
                "Triage aid, not a diagnosis."})
public final class TeachingSetCommand implements Callable<Integer> {
    private final TeachingSetReader sets;
    private final ModelLoader loader;
    private final FilmReader films;
    private final TeachingSlide slides;
    private final Path defaultModels;
    private final Printer printer;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "CSV", description = "the teaching set: path,label[,notes,source,split]")
    Path csv;
    @Option(names = "--quiz", paramLabel = "N", description = "only the N films a quiz would draw")
    Integer quiz;
    @Option(names = "--seed", paramLabel = "S", description = "quiz seed (default 1): same seed, same films")
    Long seed;
    @ArgGroup(exclusive = true)
    Order order;
    @Option(names = "--split", paramLabel = "NAME", description = "only films of this split")
    String split;
    @Option(names = "--threshold", paramLabel = "T", description = "site threshold (default: the model's)")
    Double threshold;
    @Option(names = "--slides", paramLabel = "DIR", description = "write one 1600x900 slide PNG per film here")
    Path slideFolder;
    @Option(names = "--json", description = "one JSON object per film, then a summary object")
    boolean json;
    @Option(names = "--models", paramLabel = "DIR", description = "models folder (default: the shipped one)")
    Path models;
    @Option(names = "--model", defaultValue = ModelLoader.DEFAULT_MODEL, description = "model id")
    String modelId;

    /** How a quiz is drawn: balanced over labels (the default, as in class) or in the set's own proportions. */
    static final class Order {
        @Option(names = "--balanced", description = "quiz films round-robin over the labels (default)")
        boolean balanced;
        @Option(names = "--shuffled", description = "quiz films in the set's own proportions")
        boolean shuffled;
    }

    /** One film, as a --json line; {@code probability}/{@code flagged} are absent when the model had no result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FilmJson(String type, String file, int line, String label, boolean tb, Double probability,
                    double threshold, Boolean flagged, String outcome, String reason, String lesson, String slide) {
    }

    /** The closing --json line: the set, the model, its threshold, the skipped rows and the tallies. */
    record SummaryJson(String type, String csv, String model, String modelVersion, double threshold,
                       String thresholdSource, List<String> problems, List<LabelTally> labels, LabelTally total) {
    }

    public TeachingSetCommand(TeachingSetReader sets, ModelLoader loader, FilmReader films, TeachingSlide slides,
                              Path defaultModels, Printer printer) {
        this.sets = sets;
        this.loader = loader;
        this.films = films;
        this.slides = slides;
        this.defaultModels = defaultModels;
        this.printer = printer;
    }

    @Override
    public Integer call() throws Exception {
        checkOptions();
        TeachingSet set = sets.read(csv);
        set.problems().forEach(p -> printer.error(set.csv() + ": " + p));
        List<TeachingItem> chosen = choose(set);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(set.csv() + ": no films to check"
                    + (split == null ? "" : " in split " + split));
        }
        if (slideFolder != null) {
            Files.createDirectories(slideFolder);
        }
        long start = System.nanoTime();
        try (ClassifierProvider provider = new ClassifierProvider(loader, models == null ? defaultModels : models,
                modelId)) {
            ModelDescriptor model = provider.descriptor();
            long loaded = System.nanoTime();
            double used = threshold == null ? model.threshold() : threshold;
            String source = threshold == null ? "model" : "site";
            if (!json) {
                printer.line(String.format(Locale.ROOT, "teaching set %s: %d film(s)%s; model %s %s, threshold %.4f"
                                + " (%s)", set.csv(), chosen.size(), skipped(set), model.id(), model.version(), used,
                        source));
            }
            TeachingAnalyser analyser = new TeachingAnalyser(provider, films);
            List<ModelOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                TeachingFilm film = analyser.analyse(chosen.get(i));
                ModelOutcome outcome = ModelOutcome.of(film.item(), film.result().atThreshold(used));
                outcomes.add(outcome);
                report(set, outcome, used, writeSlide(film, outcome, i, chosen.size()));
            }
            long end = System.nanoTime();
            summarise(set, model, used, source, outcomes);
            if (!json) {
                printer.line(String.format(Locale.ROOT, "timing: model load %.1f s, read + model call %.1f ms/film"
                                + " over %d film(s)%s", (loaded - start) / 1e9, (end - loaded) / 1e6 / chosen.size(),
                        chosen.size(), slideFolder == null ? "" : " (slides included)"));
            }
        }
        return 0;
    }

    private void checkOptions() {
        if (quiz == null && (seed != null || order != null)) {
            throw new ParameterException(spec.commandLine(), "--seed, --balanced and --shuffled draw a quiz: give"
                    + " --quiz N too");
        }
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must be between 0 and 1, got " + threshold);
        }
    }

    /** Every film of the set (of the split, if given) in CSV order, or the films a quiz would draw, in its order. */
    private List<TeachingItem> choose(TeachingSet set) {
        if (quiz != null) {
            long s = seed == null ? 1L : seed;
            QuizSelection selection = order != null && order.shuffled ? QuizSelection.shuffled(quiz, s)
                    : QuizSelection.balanced(quiz, s);
            return set.quiz(split == null ? selection : selection.onlySplit(split));
        }
        return set.items().stream().filter(i -> split == null || i.split().equalsIgnoreCase(split.trim())).toList();
    }

    private static String skipped(TeachingSet set) {
        return set.problems().isEmpty() ? "" : ", " + set.problems().size() + " row(s) skipped (see stderr)";
    }

    /**
     * One slide per film, numbered in the order of the run so a class sees them in the quiz's order; a film whose
     * file could not be read has no pixels, so it gets no slide (its line says why) rather than an empty picture.
     */
    private Optional<Path> writeSlide(TeachingFilm film, ModelOutcome outcome, int index, int count)
            throws IOException {
        if (slideFolder == null || film.image().isEmpty()) {
            return Optional.empty();
        }
        GreyImage image = film.image().get();
        Optional<SaliencyMap> map = outcome.analysed() ? film.attention() : Optional.empty();
        SlideText text = TeachingSlides.text(outcome, map.isPresent() ? TeachingAnalyser.ATTENTION_METHOD : "");
        String digits = "%0" + String.valueOf(count).length() + "d";
        String name = String.format(Locale.ROOT, digits, index + 1) + "-" + stem(film.item().fileName())
                + ".slide.png";
        Path file = slideFolder.resolve(name);
        slides.write(map.isPresent() ? slides.render(image, map.get(), SaliencyStyle.DEFAULT, text)
                : slides.render(image, text), file);
        return Optional.of(file);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private void report(TeachingSet set, ModelOutcome o, double used, Optional<Path> slide) {
        TeachingItem item = o.item();
        Optional<ModelResult.Analysed> a = o.model() instanceof ModelResult.Analysed r ? Optional.of(r)
                : Optional.empty();
        String reason = o.model() instanceof ModelResult.NotAnalysed n ? n.reason() : null;
        if (json) {
            printer.json(new FilmJson("film", item.image().toString(), item.line(), item.label(), item.tb(),
                    a.map(ModelResult.Analysed::probability).orElse(null), used,
                    a.map(ModelResult.Analysed::flagged).orElse(null), o.outcome().name(), reason, o.lesson(),
                    slide.map(Path::toString).orElse(null)));
            return;
        }
        String result = a.map(r -> String.format(Locale.ROOT, "P(TB-like) %.6f  %s  %s", r.probability(),
                        r.flagged() ? "FLAGGED" : "not flagged", o.outcome().words()))
                .orElse("not analysed: " + reason);
        String noSlide = slideFolder != null && slide.isEmpty() ? "  (no slide: the file could not be read)" : "";
        printer.line(shown(set, item) + "  " + item.label() + "  " + result + "  \u2014 " + o.lesson()
                + slide.map(p -> "  slide " + p).orElse("") + noSlide);
    }

    /** The film as the teacher wrote it: relative to the CSV's folder when it lies under it. */
    private static String shown(TeachingSet set, TeachingItem item) {
        return item.image().startsWith(set.folder()) ? set.folder().relativize(item.image()).toString()
                : item.image().toString();
    }

    private void summarise(TeachingSet set, ModelDescriptor model, double used, String source,
                           List<ModelOutcome> outcomes) {
        List<LabelTally> labels = LabelTally.perLabel(outcomes);
        LabelTally total = LabelTally.of(LabelTally.ALL, outcomes);
        if (json) {
            printer.json(new SummaryJson("summary", set.csv().toString(), model.id(), model.version(), used, source,
                    set.problems(), labels, total));
            return;
        }
        labels.forEach(t -> printer.line(summaryLine("label " + t.label(), t)));
        printer.line(summaryLine(LabelTally.ALL, total));
    }

    private static String summaryLine(String what, LabelTally t) {
        return String.format(Locale.ROOT, "summary %s: n %d, flagged %d of %d, false positives %d, false negatives"
                + " %d, not analysed %d", what, t.films(), t.flagged(), t.films(), t.falsePositives(),
                t.falseNegatives(), t.notAnalysed());
    }
}
