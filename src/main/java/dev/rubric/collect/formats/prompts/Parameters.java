package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.Secrets;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generation parameters (temperature, max tokens, stop sequences) as evidence. Nested settings
 * are left out because rubrics compare flat values; anything that looks secret is dropped
 * entirely, since even a marker in a parameters map would invite copying it into reports.
 */
final class Parameters {
    private Parameters() {
    }

    /** Sorted scalar and list-of-scalar entries, or null when none remain. */
    static Map<String, Object> of(MapNode settings) {
        if (settings == null) {
            return null;
        }
        Map<String, Object> out = new TreeMap<>();
        settings.entries().forEach((key, value) -> {
            Object kept = keep(key, value);
            if (kept != null) {
                out.put(key, kept);
            }
        });
        return out.isEmpty() ? null : out;
    }

    private static Object keep(String key, Node value) {
        if (value instanceof ScalarNode scalar) {
            return scalar(key, scalar);
        }
        if (value instanceof ListNode list) {
            List<Object> items = new ArrayList<>();
            for (Node item : list.items()) {
                if (!(item instanceof ScalarNode scalar)) {
                    return null;
                }
                Object kept = scalar(key, scalar);
                if (kept != null) {
                    items.add(kept);
                }
            }
            return items.isEmpty() && !list.items().isEmpty() ? null : items;
        }
        return null;
    }

    private static Object scalar(String key, ScalarNode scalar) {
        if (scalar.value() == null || Secrets.keepOrNull(key, scalar.text()) == null) {
            return null;
        }
        return scalar.value();
    }
}
