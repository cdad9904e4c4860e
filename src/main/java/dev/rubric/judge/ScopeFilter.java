package dev.rubric.judge;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Roles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The evidence as a rubric's criteria see it: every collection keeps only the subjects whose file
 * role is in the rubric's scope (a subject without {@code location.role} is production, so
 * evidence written before roles existed is judged as it was). Criteria stay pure expressions over
 * what they are given; which files count is decided once, here, for all of them. What was left
 * out is counted, per collection, so a report can say it.
 */
public final class ScopeFilter {
    private ScopeFilter() {
    }

    /** What one collection held in and out of scope; {@code outOfScopeFiles} counts distinct files. */
    public record Count(String collection, int inScope, int outOfScope, Map<String, Integer> outOfScopeByRole,
                        int outOfScopeFiles) {
    }

    /** The evidence with out-of-scope subjects removed from every collection, and what was removed. */
    public record Scoped(Map<String, Object> evidence, List<Count> counts) {
    }

    public static Scoped apply(Map<String, Object> evidence, List<String> roles) {
        Set<String> inScope = Set.copyOf(roles);
        Map<String, Object> kept = new LinkedHashMap<>(evidence);
        List<Count> counts = new ArrayList<>();
        for (String collection : Evidence.COLLECTIONS) {
            if (!(evidence.get(collection) instanceof List<?> items)) {
                continue;
            }
            List<Object> in = new ArrayList<>(items.size());
            Map<String, Integer> outByRole = new TreeMap<>();
            Set<String> outFiles = new TreeSet<>();
            for (Object item : items) {
                String role = role(item);
                if (inScope.contains(role)) {
                    in.add(item);
                } else {
                    outByRole.merge(role, 1, Integer::sum);
                    outFiles.add(file(item));
                }
            }
            kept.put(collection, in.size() == items.size() ? items : List.copyOf(in));
            counts.add(new Count(collection, in.size(), items.size() - in.size(), outByRole, outFiles.size()));
        }
        return new Scoped(kept, List.copyOf(counts));
    }

    static String role(Object item) {
        if (item instanceof Map<?, ?> map && map.get("location") instanceof Map<?, ?> location
                && location.get("role") instanceof String role) {
            return role;
        }
        return Roles.PRODUCTION;
    }

    private static String file(Object item) {
        if (item instanceof Map<?, ?> map && map.get("location") instanceof Map<?, ?> location) {
            return location.get("source") + "/" + location.get("path");
        }
        return "";
    }
}
