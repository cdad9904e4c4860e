package dev.rubric.bench.accuracy;

import java.util.List;

/**
 * One truth file (bench/accuracy/README.md): what a careful reader found in one public repository
 * at one commit. {@code paths} empty means the whole repository is judged. Every entry keeps
 * {@code at}, its line in the truth file, so a message can point back at the judgement.
 */
record Truth(String source, String repository, String commit, List<String> paths, List<ModelEntry> models,
             List<PromptEntry> prompts, List<FactEntry> facts, List<NoiseEntry> noise) {

    static final List<String> PINNINGS = List.of("pinned", "floating", "opaque", "untraceable");

    /** "owner/name", from the repository URL. */
    String name() {
        String tail = repository.substring(repository.indexOf("github.com/") + "github.com/".length());
        return tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail;
    }

    /** A place in the audited repository; {@code line} null when the whole file is meant. */
    record Spot(String file, Integer line) {
        @Override
        public String toString() {
            return line == null ? file : file + ":" + line;
        }
    }

    record ModelEntry(Spot spot, String value, String pinning, boolean must, int at) {
    }

    record PromptEntry(Spot spot, boolean must, int at) {
    }

    record FactEntry(String collection, Spot spot, String field, String value, boolean must, int at) {
    }

    record NoiseEntry(String collection, Spot spot, String value, String why, int at) {
    }
}
