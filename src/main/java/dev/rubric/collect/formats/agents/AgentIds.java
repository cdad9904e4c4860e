package dev.rubric.collect.formats.agents;

import java.util.Set;

/** Subject ids of one file: a name used twice gets the line of its second use. */
final class AgentIds {
    private AgentIds() {
    }

    static String unique(Set<String> taken, String id, int line) {
        String chosen = taken.contains(id) ? id + "@L" + line : id;
        taken.add(chosen);
        return chosen;
    }
}
