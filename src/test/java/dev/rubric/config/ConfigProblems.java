package dev.rubric.config;

import java.util.List;

/** The problems the loader reports for a text it must reject, read as file {@code c.yaml}. */
final class ConfigProblems {
    private ConfigProblems() {
    }

    static List<String> of(ProjectConfigLoader loader, String text) {
        try {
            loader.parse(text, "c.yaml");
        } catch (InvalidConfigException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + text);
    }
}
