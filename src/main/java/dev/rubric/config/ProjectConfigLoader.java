package dev.rubric.config;

import dev.rubric.score.GateThresholds;
import dev.rubric.score.WaiverRule;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .rubric.yaml} strictly: a key this version does not know is an error at its
 * position, with the keys it knows, never silently ignored — a gate or an exclusion that is
 * quietly dropped would change what an audit means. A file written for a newer version (only keys
 * this one does not know) fails the same way, and says which keys this version knows. Values of
 * the wrong type or out of range are located errors too; every problem of the file is reported at
 * once. Whether a dimension or criterion id exists is for the rubric to say, after loading.
 */
public final class ProjectConfigLoader {
    private static final int MAX_BYTES = 1024 * 1024;
    private static final List<String> TOP_KEYS = List.of("targets", "scope", "images", "gates", "waivers");
    private static final List<String> TARGET_KEYS = List.of("paths", "repositories");
    private static final List<String> IMAGE_KEYS = List.of("resolve");
    private static final List<String> SCOPE_KEYS = List.of("exclude", "include");
    private static final List<String> GATE_KEYS = List.of("failUnder", "minLevel", "minCoverage", "dimensions", "noRegression");
    private static final List<String> DIMENSION_GATE_KEYS = List.of("failUnder", "minLevel");
    private static final List<String> WAIVER_KEYS = List.of("criterion", "subjects", "reason", "owner", "expires");

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
        ConfigReader reader = new ConfigReader(file);
        ProjectConfig config = new ProjectConfig(file, ProjectConfig.Scope.NONE);
        if (root instanceof MapNode top) {
            List<String> unknown = top.keys().stream().filter(k -> !TOP_KEYS.contains(k)).toList();
            for (String key : unknown) {
                reader.problem(top.keyMark(key), "unknown key '" + key + "' at the top level (this version of "
                        + "rubric knows: " + String.join(", ", TOP_KEYS) + ")"
                        + (unknown.size() == top.keys().size() ? "; was this file written for a newer rubric?" : ""));
            }
            config = new ProjectConfig(file,
                    top.get("targets") == null ? ProjectConfig.Targets.NONE : targets(top.get("targets"), reader),
                    top.get("scope") == null ? ProjectConfig.Scope.NONE : scope(top.get("scope"), reader),
                    top.get("images") == null ? ProjectConfig.Images.NONE : images(top.get("images"), reader),
                    top.get("gates") == null ? ProjectConfig.Gates.NONE : gates(top.get("gates"), reader),
                    top.get("waivers") == null ? List.of() : waivers(top.get("waivers"), reader));
        } else if (root != null && !(root instanceof ScalarNode scalar && scalar.value() == null)) {
            reader.problem(root.mark(), "a .rubric.yaml is a mapping (known keys: " + String.join(", ", TOP_KEYS)
                    + "), not " + root.describe());
        }
        if (!reader.problems().isEmpty()) {
            throw new InvalidConfigException(reader.problems());
        }
        return config;
    }

    private static ProjectConfig.Images images(Node node, ConfigReader reader) {
        MapNode map = reader.map(node, "images", IMAGE_KEYS);
        Node resolve = map == null ? null : map.get("resolve");
        if (resolve == null) {
            return ProjectConfig.Images.NONE;
        }
        if (resolve instanceof ScalarNode scalar && scalar.value() instanceof Boolean value) {
            return new ProjectConfig.Images(value);
        }
        reader.problem(resolve.mark(), "images.resolve must be true or false, not " + resolve.describe());
        return ProjectConfig.Images.NONE;
    }

    private static ProjectConfig.Targets targets(Node node, ConfigReader reader) {
        List<List<String>> lists = reader.stringLists(node, "targets", TARGET_KEYS, List.of("folder paths", "git repository URLs"));
        return lists == null ? ProjectConfig.Targets.NONE : new ProjectConfig.Targets(lists.get(0), lists.get(1));
    }

    private static ProjectConfig.Scope scope(Node node, ConfigReader reader) {
        List<List<String>> lists = reader.stringLists(node, "scope", SCOPE_KEYS, List.of("path globs", "path globs"));
        return lists == null ? ProjectConfig.Scope.NONE : new ProjectConfig.Scope(lists.get(1), lists.get(0));
    }

    private static ProjectConfig.Gates gates(Node node, ConfigReader reader) {
        MapNode map = reader.map(node, "gates", GATE_KEYS);
        if (map == null) {
            return ProjectConfig.Gates.NONE;
        }
        Map<String, GateThresholds.DimensionGate> dimensions = new LinkedHashMap<>();
        Node perDimension = map.get("dimensions");
        if (perDimension instanceof MapNode byId) {
            for (String id : byId.keys()) {
                MapNode gate = reader.map(byId.get(id), "gates.dimensions." + id, DIMENSION_GATE_KEYS);
                if (gate != null) {
                    dimensions.put(id, new GateThresholds.DimensionGate(
                            reader.number(gate, "failUnder", "gates.dimensions." + id, 0, 100),
                            reader.whole(gate, "minLevel", "gates.dimensions." + id, 0, 4), reader.at(byId.keyMark(id))));
                }
            }
        } else if (perDimension != null) {
            reader.problem(perDimension.mark(), "gates.dimensions maps dimension ids to {failUnder, minLevel}, not "
                    + perDimension.describe());
        }
        return new ProjectConfig.Gates(reader.number(map, "failUnder", "gates", 0, 100),
                reader.whole(map, "minLevel", "gates", 0, 4), reader.number(map, "minCoverage", "gates", 0, 100),
                dimensions, noRegression(map.get("noRegression"), reader));
    }

    /** A baseline report path, or {@code true} for one given with --baseline; {@code false} is no gate. */
    private static String noRegression(Node node, ConfigReader reader) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Boolean on) {
            return on ? ProjectConfig.Gates.FROM_COMMAND_LINE : null;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof String path && !path.isBlank()) {
            return path;
        }
        reader.problem(node.mark(), "gates.noRegression takes the path of a baseline report (or true, for --baseline), not "
                + node.describe());
        return null;
    }

    private static List<WaiverRule> waivers(Node node, ConfigReader reader) {
        if (!(node instanceof ListNode list)) {
            reader.problem(node.mark(), "waivers must be a list of {criterion, subjects, reason, owner, expires}, not "
                    + node.describe());
            return List.of();
        }
        List<WaiverRule> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String name = "waivers[" + i + "]";
            MapNode waiver = reader.map(list.items().get(i), name, WAIVER_KEYS);
            if (waiver == null) {
                continue;
            }
            String criterion = reader.string(waiver, "criterion", name, true);
            List<String> subjects = reader.strings(waiver, "subjects", name + ".subjects", "subject globs");
            String reason = reader.string(waiver, "reason", name, true);
            String owner = reader.string(waiver, "owner", name, true);
            LocalDate expires = reader.date(waiver, "expires", name);
            if (criterion != null && reason != null && owner != null && expires != null) {
                out.add(new WaiverRule(criterion, subjects, reason, owner, expires, reader.at(waiver.mark())));
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
