package dev.rubric.engine;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Roles;
import dev.rubric.judge.ScopeFilter;
import dev.rubric.report.ReportScope;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The report's account of scope: what the rubric judged, what it left out, and where that leaves a dimension. */
final class ReportScopes {
    /** How a role reads in a sentence: "prompts exist only in tests". */
    private static final Map<String, String> IN_WORDS = Map.of(Roles.TEST, "tests", Roles.EXAMPLE, "examples",
            Roles.DOCS, "docs", Roles.VENDORED, "vendored code", Roles.GENERATED, "generated code",
            Roles.LOCALE, "locale files", Roles.EXCLUDED, "excluded files", Roles.PRODUCTION, "production files");

    private ReportScopes() {
    }

    static ReportScope of(Rubric rubric, Map<String, Object> evidence, List<ScopeFilter.Count> counts) {
        Evidence.Scope used = scopeUsed(evidence.get("scope"));
        Map<String, Integer> files = new TreeMap<>();
        if (evidence.get("files") instanceof List<?> list) {
            for (Object file : list) {
                if (file instanceof Map<?, ?> map) {
                    files.merge(map.get("role") instanceof String role ? role : Roles.PRODUCTION, 1, Integer::sum);
                }
            }
        }
        // empty collections say nothing about scope; they stay out so the list reads at a glance
        List<ReportScope.Collection> collections = counts.stream().filter(c -> c.inScope() + c.outOfScope() > 0)
                .map(c -> new ReportScope.Collection(c.collection(),
                c.inScope(), c.outOfScope(), c.outOfScopeByRole(), c.outOfScopeFiles())).toList();
        return new ReportScope(rubric.scope(), used != null, used == null ? List.of() : used.include(),
                used == null ? List.of() : used.exclude(), used == null ? null : used.config(), files, collections,
                notes(rubric, counts));
    }

    /**
     * A note for each dimension whose collections hold subjects, all of them out of scope: its
     * criteria judged nothing, and the reader must learn why from the report, not by guessing.
     */
    static List<ReportScope.Note> notes(Rubric rubric, List<ScopeFilter.Count> counts) {
        Map<String, ScopeFilter.Count> byCollection = counts.stream()
                .collect(Collectors.toMap(ScopeFilter.Count::collection, c -> c));
        List<ReportScope.Note> notes = new ArrayList<>();
        for (Dimension dimension : rubric.dimensions()) {
            Set<String> required = new LinkedHashSet<>();
            for (Criterion criterion : dimension.criteria()) {
                criterion.requires().stream().filter(c -> !c.equals("repositories") && !c.equals("files"))
                        .forEach(required::add);
            }
            List<String> parts = new ArrayList<>();
            boolean anyInScope = false;
            for (String collection : required) {
                ScopeFilter.Count count = byCollection.get(collection);
                if (count == null) {
                    continue;
                }
                anyInScope |= count.inScope() > 0;
                if (count.inScope() == 0 && count.outOfScope() > 0) {
                    parts.add(sentence(collection, count));
                }
            }
            if (!anyInScope && !parts.isEmpty()) {
                notes.add(new ReportScope.Note(dimension.id(), String.join("; ", parts)));
            }
        }
        return List.copyOf(notes);
    }

    private static String sentence(String collection, ScopeFilter.Count count) {
        List<String> where = count.outOfScopeByRole().keySet().stream()
                .map(role -> IN_WORDS.getOrDefault(role, role)).toList();
        String places = where.size() == 1 ? where.get(0)
                : String.join(", ", where.subList(0, where.size() - 1)) + " and " + where.get(where.size() - 1);
        return collection + " exist only in " + places + " (" + count.outOfScopeFiles()
                + (count.outOfScopeFiles() == 1 ? " file)" : " files)");
    }

    @SuppressWarnings("unchecked")
    private static Evidence.Scope scopeUsed(Object scope) {
        if (!(scope instanceof Map<?, ?> map)) {
            return null;
        }
        return new Evidence.Scope(strings(map.get("include")), strings(map.get("exclude")),
                map.get("config") instanceof String config ? config : null);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
