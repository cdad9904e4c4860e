package dev.rubric.bench.accuracy;

import dev.rubric.bench.accuracy.Truth.FactEntry;
import dev.rubric.bench.accuracy.Truth.ModelEntry;
import dev.rubric.bench.accuracy.Truth.NoiseEntry;
import dev.rubric.bench.accuracy.Truth.PromptEntry;
import dev.rubric.bench.accuracy.Truth.Spot;
import dev.rubric.evidence.Evidence;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a truth file strictly: an unknown key, a value of the wrong type or an entry that could
 * never be judged (outside {@code paths:}) is an error at its line, because a typo in a truth file
 * would otherwise silently move the figures.
 */
final class TruthReader {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern REPOSITORY = Pattern.compile("https://github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Set<String> TOP = Set.of("repository", "commit", "read", "shape", "notes", "paths", "models",
            "prompts", "facts", "noise");
    private static final Set<String> MODEL_KEYS = Set.of("file", "line", "value", "pinning", "must", "why");
    private static final Set<String> PROMPT_KEYS = Set.of("file", "line", "must", "why");
    private static final Set<String> FACT_KEYS = Set.of("collection", "file", "line", "field", "value", "must", "why");
    private static final Set<String> NOISE_KEYS = Set.of("collection", "file", "line", "value", "why");
    private static final List<String> NOISE_COLLECTIONS = List.of("models", "prompts");

    private final String source;

    private TruthReader(String source) {
        this.source = source;
    }

    /** {@code source} names the file in messages; {@code text} is its content. */
    static Truth read(String source, String text) throws TruthException {
        return new TruthReader(source).read(text);
    }

    private Truth read(String text) throws TruthException {
        Node root;
        try {
            root = new SafeYaml(4 * 1024 * 1024).readOne(text);
        } catch (YamlException e) {
            throw new TruthException(source, e.mark().line(), e.mark().column(), e.getMessage());
        }
        if (!(root instanceof MapNode top)) {
            throw error(root == null ? Mark.NONE : root.mark(), "a truth file is a mapping (repository, commit, models …)");
        }
        keys(top, TOP);
        String repository = required(top, "repository");
        if (!REPOSITORY.matcher(repository).matches()) {
            throw error(top.get("repository").mark(), "repository must be https://github.com/OWNER/NAME, got '"
                    + repository + "'");
        }
        String commit = required(top, "commit");
        if (!COMMIT.matcher(commit).matches()) {
            throw error(top.get("commit").mark(), "commit must be 40 lower-case hex digits, got '" + commit + "'");
        }
        List<String> paths = new ArrayList<>();
        for (Node item : list(top, "paths")) {
            paths.add(relativePath(item, "paths"));
        }
        Scope scope = new Scope(paths);
        List<ModelEntry> models = new ArrayList<>();
        for (MapNode entry : entries(top, "models", MODEL_KEYS)) {
            String pinning = optional(entry, "pinning");
            if (pinning != null && !Truth.PINNINGS.contains(pinning)) {
                throw error(entry.get("pinning").mark(), "pinning must be one of " + Truth.PINNINGS + ", got '" + pinning + "'");
            }
            models.add(new ModelEntry(spot(entry, scope), required(entry, "value"), pinning, must(entry), line(entry)));
        }
        List<PromptEntry> prompts = new ArrayList<>();
        for (MapNode entry : entries(top, "prompts", PROMPT_KEYS)) {
            prompts.add(new PromptEntry(spot(entry, scope), must(entry), line(entry)));
        }
        List<FactEntry> facts = new ArrayList<>();
        for (MapNode entry : entries(top, "facts", FACT_KEYS)) {
            String collection = oneOf(entry, Evidence.COLLECTIONS);
            facts.add(new FactEntry(collection, spot(entry, scope), required(entry, "field"), required(entry, "value"),
                    must(entry), line(entry)));
        }
        List<NoiseEntry> noise = new ArrayList<>();
        for (MapNode entry : entries(top, "noise", NOISE_KEYS)) {
            String collection = oneOf(entry, NOISE_COLLECTIONS);
            noise.add(new NoiseEntry(collection, spot(entry, scope), required(entry, "value"), optional(entry, "why"),
                    line(entry)));
        }
        return new Truth(source, repository, commit, List.copyOf(paths), List.copyOf(models), List.copyOf(prompts),
                List.copyOf(facts), List.copyOf(noise));
    }

    private List<MapNode> entries(MapNode top, String key, Set<String> allowed) throws TruthException {
        List<MapNode> out = new ArrayList<>();
        for (Node item : list(top, key)) {
            if (!(item instanceof MapNode map)) {
                throw error(item.mark(), "each entry of " + key + " is a mapping, got " + item.describe());
            }
            keys(map, allowed);
            out.add(map);
        }
        return out;
    }

    private List<Node> list(MapNode top, String key) throws TruthException {
        Node value = top.get(key);
        if (value == null || value instanceof ScalarNode s && s.value() == null) {
            return List.of();
        }
        if (!(value instanceof ListNode list)) {
            throw error(value.mark(), key + " must be a list, got " + value.describe());
        }
        return list.items();
    }

    private void keys(MapNode map, Set<String> allowed) throws TruthException {
        for (String key : map.keys()) {
            if (!allowed.contains(key)) {
                throw error(map.keyMark(key), "unknown key '" + key + "' (allowed: " + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private Spot spot(MapNode entry, Scope scope) throws TruthException {
        Node fileNode = entry.get("file");
        if (fileNode == null) {
            throw error(entry.mark(), "'file' is required");
        }
        String file = relativePath(fileNode, "file");
        if (!scope.under(file)) {
            throw error(fileNode.mark(), file + " is outside paths " + scope.paths() + ": it would never be judged");
        }
        Integer line = null;
        Node node = entry.get("line");
        if (node != null) {
            if (!(node instanceof ScalarNode s && s.value() instanceof Long n && n > 0 && n <= Integer.MAX_VALUE)) {
                throw error(node.mark(), "line must be a positive whole number");
            }
            line = n.intValue();
        }
        return new Spot(file, line);
    }

    private String relativePath(Node node, String what) throws TruthException {
        if (!(node instanceof ScalarNode s && s.value() instanceof String path && !path.isBlank())) {
            throw error(node.mark(), what + " must be a path relative to the repository root");
        }
        if (path.startsWith("/") || path.startsWith("./") || path.equals("..") || path.startsWith("../")
                || path.contains("/../") || path.contains("\\")) {
            throw error(node.mark(), what + " must be relative to the repository root, with '/' and no '..': '" + path + "'");
        }
        return path;
    }

    private String oneOf(MapNode entry, List<String> allowed) throws TruthException {
        String collection = required(entry, "collection");
        if (!allowed.contains(collection)) {
            throw error(entry.get("collection").mark(), "collection must be one of " + allowed + ", got '" + collection + "'");
        }
        return collection;
    }

    /** {@code must} defaults to true: leaving it out must not quietly drop an entry from recall. */
    private boolean must(MapNode entry) throws TruthException {
        Node node = entry.get("must");
        if (node == null) {
            return true;
        }
        if (!(node instanceof ScalarNode s && s.value() instanceof Boolean b)) {
            throw error(node.mark(), "must is true or false");
        }
        return b;
    }

    private String required(MapNode map, String key) throws TruthException {
        String value = optional(map, key);
        if (value == null) {
            throw error(map.get(key) == null ? map.mark() : map.get(key).mark(), "'" + key + "' is required");
        }
        return value;
    }

    /** A scalar as written (so a version 1.10 stays 1.10); null when absent or empty. */
    private String optional(MapNode map, String key) throws TruthException {
        Node node = map.get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            throw error(node.mark(), "'" + key + "' must be a single value, got " + node.describe());
        }
        return s.value() == null || s.text().isBlank() ? null : s.text().strip();
    }

    private static int line(MapNode entry) {
        return Math.max(1, entry.mark().line());
    }

    private TruthException error(Mark mark, String message) {
        return new TruthException(source, mark.line(), mark.column(), message);
    }
}
