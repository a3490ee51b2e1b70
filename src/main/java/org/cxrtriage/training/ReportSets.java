package org.cxrtriage.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The named evaluation sets written into model.json, most important first: across hospitals (Montgomery),
 * within hospitals (test rows of the sources that carry both labels), the COVID-19 study re-run with the
 * specificity on other hospitals' normals and other diseases, and the mixed TB test split. Plus the per-source
 * sets that expose site shortcuts.
 */
final class ReportSets {
    static final Set<String> BOTH_LABEL_SOURCES = Set.of("shenzhen", "tbx11k-da", "tbx11k-db");

    private ReportSets() {
    }

    static Map<String, List<Example>> of(List<Example> all) {
        Map<String, List<Example>> sets = new LinkedHashMap<>();
        put(sets, "montgomery_external_tb", all, e -> e.split().equals("external_tb"));
        put(sets, "test_within_source", all, e -> e.split().equals("test") && BOTH_LABEL_SOURCES.contains(e.source()));
        put(sets, "external_covid19", all, e -> e.split().equals("external") && e.label().equals("covid19"));
        put(sets, "external_normal", all, e -> e.split().equals("external") && e.label().equals("normal"));
        put(sets, "external_pneumonia_other", all,
                e -> e.split().equals("external") && e.label().equals("pneumonia_other"));
        put(sets, "external_other", all, e -> e.split().equals("external") && e.label().equals("other"));
        put(sets, "test", all, e -> e.split().equals("test"));
        put(sets, "val", all, e -> e.split().equals("val"));
        put(sets, "val_within_source", all, e -> e.split().equals("val") && BOTH_LABEL_SOURCES.contains(e.source()));
        all.stream().filter(e -> e.split().equals("test")).map(Example::source).distinct().sorted()
                .forEach(source -> put(sets, "test_" + source, all,
                        e -> e.split().equals("test") && e.source().equals(source)));
        all.stream().filter(e -> e.split().equals("external")).map(Example::source).distinct().sorted()
                .forEach(source -> put(sets, "external_" + source + "_non_covid", all,
                        e -> e.split().equals("external") && e.source().equals(source) && !e.label().equals("covid19")));
        return sets;
    }

    private static void put(Map<String, List<Example>> sets, String name, List<Example> all, Predicate<Example> filter) {
        List<Example> members = all.stream().filter(filter).toList();
        if (!members.isEmpty()) {
            sets.put(name, members);
        }
    }
}
