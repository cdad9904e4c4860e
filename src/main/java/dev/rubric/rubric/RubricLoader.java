package dev.rubric.rubric;

import dev.cel.runtime.CelRuntime;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Loads a rubric and validates all of it before any scanning starts: unknown keys, missing
 * fields, duplicate ids, weights and levels out of range, and CEL that does not compile are each
 * reported as {@code file:line:column: message}, all at once.
 */
public final class RubricLoader {
    public static final String BUILTIN = "builtin:agentic-ai";
    private static final String BUILTIN_RESOURCE = "rubric/agentic-ai.yaml";
    private static final int MAX_RUBRIC_BYTES = 4 * 1024 * 1024;

    static final Set<String> SOURCE_KINDS = Set.of("repository", "directory", "cluster", "snapshot", "image", "registry");
    private static final Set<String> TOP_KEYS = Set.of("apiVersion", "kind", "metadata", "levels", "dimensions");
    private static final Set<String> METADATA_KEYS = Set.of("name", "version", "title", "description");
    private static final Set<String> DIMENSION_KEYS = Set.of("id", "title", "description", "weight", "howToAudit", "criteria");
    private static final Set<String> CRITERION_KEYS = Set.of("id", "title", "level", "weight", "requires", "subjects",
            "when", "applies", "score", "message", "aggregate", "rationale", "remediation", "references", "scenarios");
    private static final Pattern DIMENSION_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CRITERION_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9_-]*)+");

    private final CelCompiler cel = new CelCompiler();

    /** The built-in rubric when {@code location} is null or "builtin:agentic-ai", else the file. */
    public Rubric load(String location) throws InvalidRubricException {
        if (location == null || location.equals(BUILTIN)) {
            try (InputStream in = RubricLoader.class.getClassLoader().getResourceAsStream(BUILTIN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(BUILTIN_RESOURCE + " is missing from the classpath");
                }
                return parse(in.readAllBytes(), BUILTIN_RESOURCE, BUILTIN);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the built-in rubric", e);
            }
        }
        Path path = Path.of(location);
        try {
            if (Files.isDirectory(path)) {
                throw single(location, "is a directory, not a rubric file");
            }
            if (Files.size(path) > MAX_RUBRIC_BYTES) {
                throw single(location, "is larger than 4 MB; a rubric is a small YAML file");
            }
            return parse(Files.readAllBytes(path), location, location);
        } catch (NoSuchFileException e) {
            throw single(location, "no such file");
        } catch (IOException e) {
            throw single(location, "cannot read: " + e.getMessage());
        }
    }

    Rubric parse(byte[] bytes, String file, String origin) throws InvalidRubricException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Node root;
        try {
            root = new SafeYaml(MAX_RUBRIC_BYTES).readOne(text);
        } catch (YamlException e) {
            throw new InvalidRubricException(List.of(new RubricProblem(file, e.mark(), "malformed YAML: " + e.getMessage())));
        }
        Validation v = new Validation(file, text.split("\n", -1));
        Rubric rubric = v.rubric(root, origin, sha256(bytes));
        if (!v.problems.isEmpty()) {
            throw new InvalidRubricException(v.problems);
        }
        return rubric;
    }

    private static InvalidRubricException single(String file, String message) {
        return new InvalidRubricException(List.of(new RubricProblem(file, Mark.NONE, message)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One validation pass; collects every problem instead of stopping at the first. */
    private final class Validation {
        final String file;
        final String[] lines;
        final List<RubricProblem> problems = new ArrayList<>();
        final Map<String, Mark> criterionIds = new HashMap<>();

        Validation(String file, String[] lines) {
            this.file = file;
            this.lines = lines;
        }

        void problem(Mark mark, String message) {
            problems.add(new RubricProblem(file, mark, message));
        }

        Rubric rubric(Node root, String origin, String sha256) {
            if (!(root instanceof MapNode top)) {
                problem(root == null ? new Mark(1, 1) : root.mark(), "a rubric is a mapping with apiVersion, kind, metadata and dimensions");
                return null;
            }
            unknownKeys(top, TOP_KEYS, "at the top level");
            requireText(top, "apiVersion", "the rubric").filter(v -> !v.equals("rubric/v1"))
                    .ifPresent(v -> problem(top.get("apiVersion").mark(), "apiVersion must be rubric/v1, not '" + v + "'"));
            requireText(top, "kind", "the rubric").filter(v -> !v.equals("Rubric"))
                    .ifPresent(v -> problem(top.get("kind").mark(), "kind must be Rubric, not '" + v + "'"));
            String name = null;
            String version = null;
            String title = null;
            String description = null;
            MapNode metadata = mapping(top, "metadata", "the rubric", true);
            if (metadata != null) {
                unknownKeys(metadata, METADATA_KEYS, "in metadata");
                name = requireText(metadata, "name", "metadata").orElse(null);
                version = requireText(metadata, "version", "metadata").orElse(null);
                title = optionalText(metadata, "title");
                description = optionalText(metadata, "description");
            }
            TreeMap<Integer, String> levels = levels(top.get("levels"));
            List<Dimension> dimensions = new ArrayList<>();
            ListNode dimensionList = list(top, "dimensions", "the rubric", true);
            if (dimensionList != null) {
                if (dimensionList.items().isEmpty()) {
                    problem(dimensionList.mark(), "dimensions must not be empty");
                }
                Map<String, Mark> dimensionIds = new HashMap<>();
                for (Node item : dimensionList.items()) {
                    Dimension dimension = dimension(item, dimensionIds);
                    if (dimension != null) {
                        dimensions.add(dimension);
                    }
                }
            }
            return new Rubric(name, version, title == null ? name : title, description, levels,
                    List.copyOf(dimensions), origin, sha256);
        }

        TreeMap<Integer, String> levels(Node node) {
            TreeMap<Integer, String> levels = new TreeMap<>(Rubric.DEFAULT_LEVELS);
            if (node == null) {
                return levels;
            }
            if (!(node instanceof MapNode map)) {
                problem(node.mark(), "levels must be a mapping from 0..4 to names");
                return levels;
            }
            for (String key : map.keys()) {
                int level;
                try {
                    level = Integer.parseInt(key);
                } catch (NumberFormatException e) {
                    level = -1;
                }
                if (level < 0 || level > 4) {
                    problem(map.keyMark(key), "levels are numbered 0 to 4, not '" + key + "'");
                    continue;
                }
                Node value = map.get(key);
                if (value instanceof ScalarNode scalar && scalar.value() != null && !(scalar.value() instanceof Boolean)) {
                    levels.put(level, scalar.text());
                } else {
                    problem(value.mark(), "the name of level " + level + " must be a string");
                }
            }
            return levels;
        }

        Dimension dimension(Node node, Map<String, Mark> seen) {
            if (!(node instanceof MapNode map)) {
                problem(node.mark(), "a dimension must be a mapping with id, title and criteria");
                return null;
            }
            String id = requireText(map, "id", "a dimension").orElse(null);
            String what = id == null ? "a dimension" : "dimension " + id;
            unknownKeys(map, DIMENSION_KEYS, "in " + what);
            if (id != null) {
                if (!DIMENSION_ID.matcher(id).matches()) {
                    problem(map.get("id").mark(), "dimension id '" + id + "' must be lower-case letters, digits and '-'");
                }
                Mark first = seen.putIfAbsent(id, map.get("id").mark());
                if (first != null) {
                    problem(map.get("id").mark(), "duplicate dimension id '" + id + "' (first at line " + first.line() + ")");
                }
            }
            String title = requireText(map, "title", what).orElse(id);
            double weight = weight(map, what);
            List<Criterion> criteria = new ArrayList<>();
            ListNode list = list(map, "criteria", what, true);
            if (list != null) {
                if (list.items().isEmpty()) {
                    problem(list.mark(), what + " has no criteria");
                }
                for (Node item : list.items()) {
                    Criterion criterion = criterion(item, id);
                    if (criterion != null) {
                        criteria.add(criterion);
                    }
                }
            }
            return new Dimension(id, title, optionalText(map, "description"), weight, optionalText(map, "howToAudit"),
                    List.copyOf(criteria));
        }

        Criterion criterion(Node node, String dimension) {
            if (!(node instanceof MapNode map)) {
                problem(node.mark(), "a criterion must be a mapping with id, title, level and score");
                return null;
            }
            String id = requireText(map, "id", "a criterion").orElse(null);
            String what = id == null ? "a criterion" : "criterion " + id;
            unknownKeys(map, CRITERION_KEYS, "in " + what);
            if (id != null) {
                Mark idMark = map.get("id").mark();
                if (!CRITERION_ID.matcher(id).matches()) {
                    problem(idMark, "criterion id '" + id + "' must look like <dimension>.<name> in lower case");
                } else if (dimension != null && !id.startsWith(dimension + ".")) {
                    problem(idMark, "criterion id '" + id + "' must start with its dimension id '" + dimension + ".'");
                }
                Mark first = criterionIds.putIfAbsent(id, idMark);
                if (first != null) {
                    problem(idMark, "duplicate criterion id '" + id + "' (first at line " + first.line() + ")");
                }
            }
            String title = requireText(map, "title", what).orElse(id);
            int level = level(map, what);
            double weight = weight(map, what);
            List<String> requires = strings(map, "requires", what);
            for (int i = 0; i < requires.size(); i++) {
                if (!SOURCE_KINDS.contains(requires.get(i))) {
                    problem(elementMark(map.get("requires"), i), "unknown source kind '" + requires.get(i)
                            + "' in requires of " + what + " (known: " + String.join(", ", sortedKinds()) + ")");
                }
            }
            Criterion.Aggregate aggregate = Criterion.Aggregate.MEAN;
            String aggregateText = optionalText(map, "aggregate");
            if (aggregateText != null) {
                if (aggregateText.equals("min")) {
                    aggregate = Criterion.Aggregate.MIN;
                } else if (!aggregateText.equals("mean")) {
                    problem(map.get("aggregate").mark(), "aggregate of " + what + " must be mean or min, not '" + aggregateText + "'");
                }
            }
            Expression subjects = expression(map, "subjects", CelCompiler.Role.SUBJECTS, false, what);
            Expression when = expression(map, "when", CelCompiler.Role.WHEN, false, what);
            Expression applies = expression(map, "applies", CelCompiler.Role.APPLIES, false, what);
            Expression score = expression(map, "score", CelCompiler.Role.SCORE, true, what);
            Expression message = expression(map, "message", CelCompiler.Role.MESSAGE, false, what);
            return new Criterion(id, dimension, title, level, weight, requires, subjects, when, applies, score, message,
                    aggregate, optionalText(map, "rationale"), optionalText(map, "remediation"),
                    strings(map, "references", what), strings(map, "scenarios", what), map.mark());
        }

        List<String> sortedKinds() {
            return SOURCE_KINDS.stream().sorted().toList();
        }

        Expression expression(MapNode map, String key, CelCompiler.Role role, boolean required, String what) {
            Node node = map.get(key);
            if (node == null) {
                if (required) {
                    problem(map.mark(), what + " has no " + key + " expression");
                }
                return null;
            }
            if (!(node instanceof ScalarNode scalar) || !(scalar.value() instanceof String)
                    && !(scalar.value() instanceof Boolean) && !(scalar.value() instanceof Number)) {
                problem(node.mark(), key + " of " + what + " must be a CEL expression written as a string");
                return null;
            }
            String source = scalar.text();
            if (source.isBlank()) {
                problem(node.mark(), key + " of " + what + " is empty");
                return null;
            }
            List<CelCompiler.Problem> found = new ArrayList<>();
            CelRuntime.Program program = cel.compile(source, role, found);
            for (CelCompiler.Problem p : found) {
                problem(positionInFile(scalar, p.line(), p.column()), "CEL error in " + key + " of " + what + ": " + p.message());
            }
            return program == null ? null : new Expression(key, source, file, scalar.mark(), program);
        }

        /**
         * Maps a position inside an expression to the rubric file. Plain and quoted scalars start
         * at their mark (quotes add one column); block scalars start on the next line, at the
         * block's indentation.
         */
        Mark positionInFile(ScalarNode scalar, int exprLine, int exprColumn) {
            Mark start = scalar.mark();
            switch (scalar.style()) {
                case LITERAL, FOLDED -> {
                    int line = start.line() + exprLine;
                    return new Mark(line, blockIndent(start.line()) + exprColumn + 1);
                }
                case SINGLE_QUOTED, DOUBLE_QUOTED -> {
                    return exprLine == 1 ? new Mark(start.line(), start.column() + 1 + exprColumn) : new Mark(start.line() + exprLine - 1, 1);
                }
                default -> {
                    return exprLine == 1 ? new Mark(start.line(), start.column() + exprColumn) : new Mark(start.line() + exprLine - 1, 1);
                }
            }
        }

        /** The indentation of a block scalar: that of its first non-blank content line. */
        int blockIndent(int indicatorLine) {
            for (int i = indicatorLine; i < lines.length; i++) {
                String raw = lines[i];
                if (!raw.isBlank()) {
                    int indent = 0;
                    while (indent < raw.length() && raw.charAt(indent) == ' ') {
                        indent++;
                    }
                    return indent;
                }
            }
            return 0;
        }

        int level(MapNode map, String what) {
            Node node = map.get("level");
            if (node == null) {
                problem(map.mark(), what + " has no level (1 to 4)");
                return 1;
            }
            if (node instanceof ScalarNode scalar && scalar.value() instanceof Long value && value >= 1 && value <= 4) {
                return value.intValue();
            }
            problem(node.mark(), "level of " + what + " must be a whole number from 1 to 4, not " + show(node));
            return 1;
        }

        double weight(MapNode map, String what) {
            Node node = map.get("weight");
            if (node == null) {
                return 1.0;
            }
            if (node instanceof ScalarNode scalar && scalar.value() instanceof Number number) {
                double value = number.doubleValue();
                if (value > 0 && value <= 100) {
                    return value;
                }
            }
            problem(node.mark(), "weight of " + what + " must be a number above 0 and at most 100, not " + show(node));
            return 1.0;
        }

        List<String> strings(MapNode map, String key, String what) {
            Node node = map.get(key);
            if (node == null) {
                return List.of();
            }
            if (node instanceof ScalarNode scalar && scalar.value() instanceof String text) {
                return List.of(text);
            }
            if (!(node instanceof ListNode list)) {
                problem(node.mark(), key + " of " + what + " must be a list of strings");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Node item : list.items()) {
                if (item instanceof ScalarNode scalar && scalar.value() != null) {
                    out.add(scalar.text());
                } else {
                    problem(item.mark(), key + " of " + what + " must hold strings, not " + item.describe());
                }
            }
            return List.copyOf(out);
        }

        Mark elementMark(Node node, int index) {
            return node instanceof ListNode list && index < list.items().size() ? list.items().get(index).mark() : node.mark();
        }

        java.util.Optional<String> requireText(MapNode map, String key, String what) {
            Node node = map.get(key);
            if (node == null) {
                problem(map.mark(), what + " has no " + key);
                return java.util.Optional.empty();
            }
            if (node instanceof ScalarNode scalar && scalar.value() != null && !(scalar.value() instanceof Boolean)
                    && !scalar.text().isBlank()) {
                return java.util.Optional.of(scalar.text());
            }
            problem(node.mark(), key + " of " + what + " must be a non-empty string, not " + show(node));
            return java.util.Optional.empty();
        }

        String optionalText(MapNode map, String key) {
            Node node = map.get(key);
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode scalar && scalar.value() != null) {
                return scalar.text();
            }
            problem(node.mark(), key + " must be a string, not " + show(node));
            return null;
        }

        MapNode mapping(MapNode parent, String key, String what, boolean required) {
            Node node = parent.get(key);
            if (node == null) {
                if (required) {
                    problem(parent.mark(), what + " has no " + key);
                }
                return null;
            }
            if (node instanceof MapNode map) {
                return map;
            }
            problem(node.mark(), key + " must be a mapping, not " + show(node));
            return null;
        }

        ListNode list(MapNode parent, String key, String what, boolean required) {
            Node node = parent.get(key);
            if (node == null) {
                if (required) {
                    problem(parent.mark(), what + " has no " + key);
                }
                return null;
            }
            if (node instanceof ListNode list) {
                return list;
            }
            problem(node.mark(), key + " of " + what + " must be a list, not " + show(node));
            return null;
        }

        void unknownKeys(MapNode map, Set<String> allowed, String where) {
            for (String key : map.keys()) {
                if (!allowed.contains(key)) {
                    String suggestion = Suggestions.closest(key, allowed);
                    problem(map.keyMark(key), "unknown key '" + key + "' " + where
                            + (suggestion == null ? " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")"
                            : " (did you mean '" + suggestion + "'?)"));
                }
            }
        }

        String show(Node node) {
            if (node instanceof ScalarNode scalar && scalar.value() != null) {
                return "'" + scalar.text() + "'";
            }
            return node.describe();
        }
    }
}
