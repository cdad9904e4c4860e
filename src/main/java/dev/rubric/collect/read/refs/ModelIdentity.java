package dev.rubric.collect.read.refs;

import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The model identity table ({@code models/identity.yaml}, docs/model-identity.md): provider
 * syntaxes, version conventions and what is never a model, kept as data so a provider is added
 * without code. Read once; a malformed table is a {@link TableException} with its line and
 * column, which {@code ModelIdentityTableTest} turns into a build failure.
 */
final class ModelIdentity {
    static final String RESOURCE = "models/identity.yaml";

    /** A version rule: the whole lower-cased name matches {@code pattern}, for names of {@code families}. */
    record Rule(String name, List<String> families, Pattern pattern, String pinning, String reason) {
        boolean appliesTo(String lowerName) {
            return families.isEmpty() || families.stream().anyMatch(lowerName::startsWith);
        }
    }

    /** A hosted id written as a path; the group {@code model}, when present, is judged further. */
    record PathRule(String name, Pattern pattern, String provider, String pinning, String reason) {
    }

    record Bedrock(Pattern pattern, String provider, String reason, String profileReason) {
    }

    /** A table that cannot be used, located in it. */
    static final class TableException extends IllegalStateException {
        TableException(String origin, Mark mark, String message) {
            super(origin + ":" + mark + ": " + message);
        }
    }

    private static final class Holder {
        static final ModelIdentity TABLE = load();
    }

    final Set<String> slashProviders;
    final Set<String> colonProviders;
    final Set<String> apiKinds;
    final Set<String> deploymentLabels;
    final Set<String> localRegistries;
    final List<PathRule> paths;
    final Bedrock bedrock;
    final List<Rule> versions;
    final List<Rule> atVersions;
    final Set<String> storageSchemes;
    final Set<String> localFolders;
    final Pattern weightFile;
    /** Category (placeholders, typeNames …) → one pattern for all its entries. */
    final Map<String, Pattern> neverAModel;

    private ModelIdentity(Reader in) {
        MapNode root = in.root;
        in.keys(root, "providers", "paths", "bedrock", "versions", "atVersions", "local", "neverAModel");
        MapNode providers = in.map(root, "providers");
        in.keys(providers, "slash", "colon", "apiKinds", "deploymentLabels", "localRegistries");
        slashProviders = Set.copyOf(in.words(providers, "slash"));
        colonProviders = Set.copyOf(in.words(providers, "colon"));
        apiKinds = Set.copyOf(in.words(providers, "apiKinds"));
        deploymentLabels = Set.copyOf(in.words(providers, "deploymentLabels"));
        localRegistries = Set.copyOf(in.words(providers, "localRegistries"));
        List<PathRule> pathRules = new ArrayList<>();
        for (MapNode rule : in.maps(root, "paths")) {
            in.keys(rule, "name", "pattern", "provider", "pinning", "reason");
            String pinning = in.optional(rule, "pinning");
            pathRules.add(new PathRule(in.text(rule, "name"), in.pattern(rule, "pattern", 0), in.text(rule, "provider"),
                    pinning == null ? null : in.pinning(rule, false),
                    pinning == null ? in.optional(rule, "reason") : in.text(rule, "reason")));
        }
        paths = List.copyOf(pathRules);
        MapNode bedrockSection = in.map(root, "bedrock");
        in.keys(bedrockSection, "pattern", "provider", "reason", "profileReason");
        bedrock = new Bedrock(in.pattern(bedrockSection, "pattern", 0), in.text(bedrockSection, "provider"),
                in.text(bedrockSection, "reason"), in.text(bedrockSection, "profileReason"));
        versions = in.rules(root, "versions", true);
        atVersions = in.rules(root, "atVersions", false);
        MapNode local = in.map(root, "local");
        in.keys(local, "storageSchemes", "folders", "weightFile");
        storageSchemes = Set.copyOf(in.words(local, "storageSchemes"));
        localFolders = Set.copyOf(in.words(local, "folders"));
        weightFile = in.pattern(local, "weightFile", Pattern.CASE_INSENSITIVE);
        MapNode never = in.map(root, "neverAModel");
        Map<String, Pattern> categories = new LinkedHashMap<>();
        for (String category : never.keys()) {
            List<String> alternatives = in.words(never, category);
            categories.put(category, in.compile(never.get(category), "(?:" + String.join(")|(?:", alternatives) + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        neverAModel = categories;
    }

    static ModelIdentity table() {
        return Holder.TABLE;
    }

    static ModelIdentity parse(String text, String origin) {
        Node root;
        try {
            root = new SafeYaml(1 << 20).readOne(text);
        } catch (YamlException e) {
            throw new TableException(origin, e.mark(), e.getMessage());
        }
        if (!(root instanceof MapNode map)) {
            throw new TableException(origin, root == null ? Mark.NONE : root.mark(), "the table must be a mapping");
        }
        return new ModelIdentity(new Reader(origin, map));
    }

    private static ModelIdentity load() {
        try (InputStream in = ModelIdentity.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The category of text that is never a model ({@code placeholders}, {@code typeNames} …), or null. */
    String neverAModel(String text) {
        String stripped = text.strip();
        for (Map.Entry<String, Pattern> category : neverAModel.entrySet()) {
            if (category.getValue().matcher(stripped).matches()) {
                return category.getKey();
            }
        }
        return null;
    }

    /** A reason template with {1} or {name} filled from the match; an absent group reads as empty. */
    static String fill(String template, Matcher match) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open);
            String group = template.substring(open + 1, close);
            String value = group.chars().allMatch(Character::isDigit) ? match.group(Integer.parseInt(group)) : match.group(group);
            out.append(value == null ? "" : value);
            at = close + 1;
        }
        return out.toString();
    }

    /** Strict reads of the table: every mistake is located. */
    private static final class Reader {
        private static final Set<String> PINNINGS = Set.of("pinned", "floating", "opaque", "untraceable");
        private final String origin;
        private final MapNode root;

        Reader(String origin, MapNode root) {
            this.origin = origin;
            this.root = root;
        }

        private TableException error(Node node, String message) {
            return new TableException(origin, node == null ? Mark.NONE : node.mark(), message);
        }

        void keys(MapNode map, String... allowed) {
            List<String> known = List.of(allowed);
            for (String key : map.keys()) {
                if (!known.contains(key)) {
                    throw new TableException(origin, map.keyMark(key), "unknown key '" + key + "' (expected one of " + known + ")");
                }
            }
        }

        MapNode map(MapNode parent, String key) {
            if (!(parent.get(key) instanceof MapNode map)) {
                throw error(parent.get(key) == null ? parent : parent.get(key), "'" + key + "' must be a mapping");
            }
            return map;
        }

        List<MapNode> maps(MapNode parent, String key) {
            if (!(parent.get(key) instanceof ListNode list)) {
                throw error(parent.get(key) == null ? parent : parent.get(key), "'" + key + "' must be a list");
            }
            List<MapNode> out = new ArrayList<>();
            for (Node item : list.items()) {
                if (!(item instanceof MapNode map)) {
                    throw error(item, "each item of '" + key + "' must be a mapping");
                }
                out.add(map);
            }
            return out;
        }

        List<String> words(MapNode parent, String key) {
            if (!(parent.get(key) instanceof ListNode list) || list.items().isEmpty()) {
                throw error(parent.get(key) == null ? parent : parent.get(key), "'" + key + "' must be a non-empty list");
            }
            List<String> out = new ArrayList<>();
            for (Node item : list.items()) {
                if (!(item instanceof ScalarNode scalar) || !(scalar.value() instanceof String word) || word.isBlank()) {
                    throw error(item, "each item of '" + key + "' must be a text");
                }
                out.add(word.strip());
            }
            return out;
        }

        String text(MapNode map, String key) {
            String value = optional(map, key);
            if (value == null) {
                throw error(map, "'" + key + "' is required here");
            }
            return value;
        }

        String optional(MapNode map, String key) {
            Node node = map.get(key);
            if (node == null) {
                return null;
            }
            if (!(node instanceof ScalarNode scalar) || !(scalar.value() instanceof String value) || value.isBlank()) {
                throw error(node, "'" + key + "' must be a text");
            }
            return value.strip();
        }

        String pinning(MapNode rule, boolean noneAllowed) {
            String pinning = text(rule, "pinning").toLowerCase(Locale.ROOT);
            if (!PINNINGS.contains(pinning) && !(noneAllowed && pinning.equals("none"))) {
                throw error(rule.get("pinning"), "pinning must be one of " + PINNINGS + (noneAllowed ? " or none" : ""));
            }
            return pinning;
        }

        Pattern pattern(MapNode map, String key, int flags) {
            return compile(map.get(key), text(map, key), flags);
        }

        Pattern compile(Node at, String regex, int flags) {
            try {
                return Pattern.compile(regex, flags);
            } catch (PatternSyntaxException e) {
                throw error(at, "pattern does not compile: " + e.getDescription() + " near index " + e.getIndex());
            }
        }

        List<Rule> rules(MapNode parent, String key, boolean named) {
            List<Rule> out = new ArrayList<>();
            for (MapNode rule : maps(parent, key)) {
                if (named) {
                    keys(rule, "name", "families", "pattern", "pinning", "reason");
                    out.add(new Rule(text(rule, "name"), rule.get("families") == null ? List.of() : words(rule, "families"),
                            pattern(rule, "pattern", 0), pinning(rule, true), text(rule, "reason")));
                } else {
                    keys(rule, "pattern", "reason");
                    out.add(new Rule(key, List.of(), pattern(rule, "pattern", 0), "pinned", text(rule, "reason")));
                }
            }
            return List.copyOf(out);
        }
    }
}
