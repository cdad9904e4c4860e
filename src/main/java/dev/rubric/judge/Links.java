package dev.rubric.judge;

import dev.rubric.evidence.Evidence;
import dev.rubric.report.ReportLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence's links as the report states them, and which of them the rubric's scope judges: a
 * link counts unless one of the subjects it joins lies outside the scope (a prompt in a test that
 * names another model than production does is no broken chain). An end that is no subject — a
 * reference that could not be resolved — neither excludes nor includes.
 */
public final class Links {
    private Links() {
    }

    public static List<ReportLink> all(Map<String, Object> evidence) {
        List<ReportLink> links = new ArrayList<>();
        if (evidence.get("links") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    links.add(new ReportLink(text(map, "id"), text(map, "from"), text(map, "to"), text(map, "kind"),
                            text(map, "status"), text(map, "why")));
                }
            }
        }
        return List.copyOf(links);
    }

    /** The links of {@code evidence} (the whole of it, before scoping) whose ends are all in scope. */
    public static List<ReportLink> inScope(Map<String, Object> evidence, List<ReportLink> links, List<String> roles) {
        Set<String> out = new HashSet<>();
        for (String collection : Evidence.COLLECTIONS) {
            if (evidence.get(collection) instanceof List<?> items) {
                for (Object item : items) {
                    if (!roles.contains(ScopeFilter.role(item)) && item instanceof Map<?, ?> map && map.get("id") instanceof String id) {
                        out.add(id);
                    }
                }
            }
        }
        return links.stream().filter(l -> !out.contains(l.from()) && !out.contains(l.to())).toList();
    }

    private static String text(Map<?, ?> map, String key) {
        return map.get(key) instanceof String text ? text : null;
    }
}
