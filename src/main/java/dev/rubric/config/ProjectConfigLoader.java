package dev.rubric.config;

import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code .rubric.yaml} strictly: a key this version does not know is an error at its
 * position, with the keys it knows, never silently ignored — a gate or an exclusion that is
 * quietly dropped would change what an audit means. A file written for a newer version (only keys
 * this one does not know) fails the same way, and says which keys this version knows.
 */
public final class ProjectConfigLoader {
    private static final int MAX_BYTES = 1024 * 1024;
    private static final List<String> TOP_KEYS = List.of("scope", "images");
    private static final List<String> SCOPE_KEYS = List.of("exclude", "include");

    public ProjectConfig load(Path path, String display) throws InvalidConfigException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw single(display, "is a directory, not a .rubric.yaml file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw single(display, "is larger than 1 MB; a .rubric.yaml is a small YAML file");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw single(display, "no such file");
        } catch (IOException e) {
            throw single(display, "cannot read: " + e.getMessage());
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), display);
    }

    public ProjectConfig parse(String text, String file) throws InvalidConfigException {
        Node root;
        try {
            root = new SafeYaml(MAX_BYTES).readOne(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (YamlException e) {
            throw new InvalidConfigException(List.of(at(file, e.mark(), "malformed YAML: " + e.getMessage())));
        }
        List<String> problems = new ArrayList<>();
        ProjectConfig.Scope scope = ProjectConfig.Scope.NONE;
        ProjectConfig.Images images = ProjectConfig.Images.NONE;
        if (root instanceof MapNode top) {
            List<String> unknown = top.keys().stream().filter(k -> !TOP_KEYS.contains(k)).toList();
            for (String key : unknown) {
                problems.add(at(file, top.keyMark(key), "unknown key '" + key + "' at the top level (this version of "
                        + "rubric knows: " + String.join(", ", TOP_KEYS) + ")"
                        + (unknown.size() == top.keys().size() ? "; was this file written for a newer rubric?" : "")));
            }
            if (top.get("scope") != null) {
                scope = scope(top.get("scope"), file, problems);
            }
            if (top.get("images") != null) {
                images = images(top.get("images"), file, problems);
            }
        } else if (root != null && !(root instanceof ScalarNode scalar && scalar.value() == null)) {
            problems.add(at(file, root.mark(), "a .rubric.yaml is a mapping (known keys: " + String.join(", ", TOP_KEYS)
                    + "), not " + root.describe()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new ProjectConfig(file, scope, images);
    }

    private static ProjectConfig.Images images(Node node, String file, List<String> problems) {
        if (!(node instanceof MapNode map)) {
            problems.add(at(file, node.mark(), "images must be a mapping with resolve, not " + node.describe()));
            return ProjectConfig.Images.NONE;
        }
        for (String key : map.keys()) {
            if (!key.equals("resolve")) {
                problems.add(at(file, map.keyMark(key), "unknown key '" + key + "' in images (known: resolve)"));
            }
        }
        Node resolve = map.get("resolve");
        if (resolve == null) {
            return ProjectConfig.Images.NONE;
        }
        if (resolve instanceof ScalarNode scalar && scalar.value() instanceof Boolean value) {
            return new ProjectConfig.Images(value);
        }
        problems.add(at(file, resolve.mark(), "images.resolve must be true or false, not " + resolve.describe()));
        return ProjectConfig.Images.NONE;
    }

    private static ProjectConfig.Scope scope(Node node, String file, List<String> problems) {
        if (!(node instanceof MapNode map)) {
            problems.add(at(file, node.mark(), "scope must be a mapping with " + String.join(" and ", SCOPE_KEYS)
                    + ", not " + node.describe()));
            return ProjectConfig.Scope.NONE;
        }
        for (String key : map.keys()) {
            if (!SCOPE_KEYS.contains(key)) {
                problems.add(at(file, map.keyMark(key), "unknown key '" + key + "' in scope (known: "
                        + String.join(", ", SCOPE_KEYS) + ")"));
            }
        }
        return new ProjectConfig.Scope(globs(map, "include", file, problems), globs(map, "exclude", file, problems));
    }

    private static List<String> globs(MapNode map, String key, String file, List<String> problems) {
        Node node = map.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof ListNode list)) {
            problems.add(at(file, node.mark(), "scope." + key + " must be a list of path globs, not " + node.describe()));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof ScalarNode scalar && scalar.value() instanceof String text && !text.isBlank()) {
                out.add(text);
            } else {
                problems.add(at(file, item.mark(), "scope." + key + " holds path globs (strings), not " + item.describe()));
            }
        }
        return out;
    }

    private static String at(String file, Mark mark, String message) {
        return mark.line() > 0 ? file + ":" + mark.line() + ":" + mark.column() + ": " + message : file + ": " + message;
    }

    private static InvalidConfigException single(String file, String message) {
        return new InvalidConfigException(List.of(file + ": " + message));
    }
}
