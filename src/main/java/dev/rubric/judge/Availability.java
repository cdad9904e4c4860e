package dev.rubric.judge;

import java.util.Map;
import java.util.Set;

/**
 * Which evidence collections were collected (some source that fills them did not fail), and for
 * each collection the kinds of source that fill it, to tell the user how to collect what is
 * missing. Plain names, so the judge needs nothing from the collectors.
 */
public record Availability(Set<String> collected, Map<String, Set<String>> sourceKinds) {
    public Availability {
        collected = Set.copyOf(collected);
        sourceKinds = Map.copyOf(sourceKinds);
    }
}
