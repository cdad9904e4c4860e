package dev.rubric.rubric;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Roles;
import dev.cel.runtime.CelRuntime;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One validation pass over a parsed rubric: builds the model, compiles every expression, and
 * collects every problem instead of stopping at the first.
 */
final class RubricReader {
    private static final Set<String> TOP_KEYS = Set.of("apiVersion", "kind", "metadata", "scope", "levels", "dimensions");
    private static final Set<String> METADATA_KEYS = Set.of("name", "version", "title", "description");
    private static final Set<String> DIMENSION_KEYS = Set.of("id", "title", "description", "weight", "howToAudit",
            "alwaysPresent", "links", "criteria");
    private static final Set<String> CRITERION_KEYS = Set.of("id", "title", "level", "weight", "requires", "subjects",
            "when", "applies", "score", "message", "aggregate", "rationale", "remediation", "references", "scenarios");
    private static final Pattern DIMENSION_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern LINK_KIND = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CRITERION_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9_-]*)+");

    private final CelCompiler cel;
    private final String file;
    final Fields fields;
    private final ExpressionPositions positions;
    private final Map<String, Mark> criterionIds = new HashMap<>();

    RubricReader(CelCompiler cel, String file, String[] lines) {
        this.cel = cel;
        this.file = file;
        this.fields = new Fields(file);
        this.positions = new ExpressionPositions(lines);
    }

    Rubric rubric(Node root, String origin, String sha256) {
        if (!(root instanceof MapNode top)) {
            fields.problem(root == null ? new Mark(1, 1) : root.mark(), "a rubric is a mapping with apiVersion, kind, metadata and dimensions");
            return null;
        }
        fields.unknownKeys(top, TOP_KEYS, "at the top level");
        fields.requireText(top, "apiVersion", "the rubric").filter(v -> !v.equals("rubric/v1"))
                .ifPresent(v -> fields.problem(top.get("apiVersion").mark(), "apiVersion must be rubric/v1, not '" + v + "'"));
        fields.requireText(top, "kind", "the rubric").filter(v -> !v.equals("Rubric"))
                .ifPresent(v -> fields.problem(top.get("kind").mark(), "kind must be Rubric, not '" + v + "'"));
        String name = null;
        String version = null;
        String title = null;
        String description = null;
        MapNode metadata = fields.mapping(top, "metadata", "the rubric", true);
        if (metadata != null) {
            fields.unknownKeys(metadata, METADATA_KEYS, "in metadata");
            name = fields.requireText(metadata, "name", "metadata").orElse(null);
            version = fields.requireText(metadata, "version", "metadata").orElse(null);
            title = fields.optionalText(metadata, "title");
            description = fields.optionalText(metadata, "description");
        }
        TreeMap<Integer, String> levels = levels(top.get("levels"));
        List<Dimension> dimensions = new ArrayList<>();
        ListNode dimensionList = fields.list(top, "dimensions", "the rubric", true);
        if (dimensionList != null) {
            if (dimensionList.items().isEmpty()) {
                fields.problem(dimensionList.mark(), "dimensions must not be empty");
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
                List.copyOf(dimensions), origin, sha256, scope(top));
    }

    /** The roles a rubric judges: a non-empty list of known roles, production when absent. */
    List<String> scope(MapNode top) {
        Node node = top.get("scope");
        if (node == null) {
            return Rubric.DEFAULT_SCOPE;
        }
        List<String> roles = fields.strings(top, "scope", "the rubric");
        if (roles.isEmpty() && node instanceof ListNode) {
            fields.problem(node.mark(), "scope must name at least one file role (" + String.join(", ", Roles.ALL) + ")");
        }
        for (int i = 0; i < roles.size(); i++) {
            if (!Roles.ALL.contains(roles.get(i))) {
                fields.problem(fields.elementMark(node, i), "unknown file role '" + roles.get(i) + "' in scope (known: "
                        + String.join(", ", Roles.ALL) + ")");
            }
        }
        return roles.isEmpty() ? Rubric.DEFAULT_SCOPE : roles.stream().distinct().toList();
    }

    TreeMap<Integer, String> levels(Node node) {
        TreeMap<Integer, String> levels = new TreeMap<>(Rubric.DEFAULT_LEVELS);
        if (node == null) {
            return levels;
        }
        if (!(node instanceof MapNode map)) {
            fields.problem(node.mark(), "levels must be a mapping from 0..4 to names");
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
                fields.problem(map.keyMark(key), "levels are numbered 0 to 4, not '" + key + "'");
                continue;
            }
            Node value = map.get(key);
            if (value instanceof ScalarNode scalar && scalar.value() != null && !(scalar.value() instanceof Boolean)) {
                levels.put(level, scalar.text());
            } else {
                fields.problem(value.mark(), "the name of level " + level + " must be a string");
            }
        }
        return levels;
    }

    Dimension dimension(Node node, Map<String, Mark> seen) {
        if (!(node instanceof MapNode map)) {
            fields.problem(node.mark(), "a dimension must be a mapping with id, title and criteria");
            return null;
        }
        String id = fields.requireText(map, "id", "a dimension").orElse(null);
        String what = id == null ? "a dimension" : "dimension " + id;
        fields.unknownKeys(map, DIMENSION_KEYS, "in " + what);
        if (id != null) {
            if (!DIMENSION_ID.matcher(id).matches()) {
                fields.problem(map.get("id").mark(), "dimension id '" + id + "' must be lower-case letters, digits and '-'");
            }
            Mark first = seen.putIfAbsent(id, map.get("id").mark());
            if (first != null) {
                fields.problem(map.get("id").mark(), "duplicate dimension id '" + id + "' (first at line " + first.line() + ")");
            }
        }
        String title = fields.requireText(map, "title", what).orElse(id);
        double weight = fields.weight(map, what);
        List<Criterion> criteria = new ArrayList<>();
        ListNode list = fields.list(map, "criteria", what, true);
        if (list != null) {
            if (list.items().isEmpty()) {
                fields.problem(list.mark(), what + " has no criteria");
            }
            for (Node item : list.items()) {
                Criterion criterion = criterion(item, id);
                if (criterion != null) {
                    criteria.add(criterion);
                }
            }
        }
        if (!criteria.isEmpty() && criteria.stream().noneMatch(c -> c.level() == 1)) {
            fields.problem(list.mark(), what + " has no level-1 criterion, so it could never reach a level: "
                    + "levels are cumulative and none is reached without a criterion that measures it");
        }
        List<String> links = fields.strings(map, "links", what);
        for (int i = 0; i < links.size(); i++) {
            if (!LINK_KIND.matcher(links.get(i)).matches()) {
                fields.problem(fields.elementMark(map.get("links"), i), "link kind '" + links.get(i) + "' in " + what
                        + " must be lower-case letters, digits and '-', as evidence links[].kind");
            }
        }
        return new Dimension(id, title, fields.optionalText(map, "description"), weight, fields.optionalText(map, "howToAudit"),
                List.copyOf(criteria), links.stream().distinct().toList(), fields.flag(map, "alwaysPresent", what));
    }

    Criterion criterion(Node node, String dimension) {
        if (!(node instanceof MapNode map)) {
            fields.problem(node.mark(), "a criterion must be a mapping with id, title, level and score");
            return null;
        }
        String id = fields.requireText(map, "id", "a criterion").orElse(null);
        String what = id == null ? "a criterion" : "criterion " + id;
        fields.unknownKeys(map, CRITERION_KEYS, "in " + what);
        if (id != null) {
            Mark idMark = map.get("id").mark();
            if (!CRITERION_ID.matcher(id).matches()) {
                fields.problem(idMark, "criterion id '" + id + "' must look like <dimension>.<name> in lower case");
            } else if (dimension != null && !id.startsWith(dimension + ".")) {
                fields.problem(idMark, "criterion id '" + id + "' must start with its dimension id '" + dimension + ".'");
            }
            Mark first = criterionIds.putIfAbsent(id, idMark);
            if (first != null) {
                fields.problem(idMark, "duplicate criterion id '" + id + "' (first at line " + first.line() + ")");
            }
        }
        String title = fields.requireText(map, "title", what).orElse(id);
        int level = fields.level(map, what);
        double weight = fields.weight(map, what);
        List<String> requires = fields.strings(map, "requires", what);
        for (int i = 0; i < requires.size(); i++) {
            if (!Evidence.COLLECTIONS.contains(requires.get(i))) {
                fields.problem(fields.elementMark(map.get("requires"), i), "unknown evidence collection '" + requires.get(i)
                        + "' in requires of " + what + " (known: " + String.join(", ", Evidence.COLLECTIONS) + ")");
            }
        }
        Criterion.Aggregate aggregate = Criterion.Aggregate.MEAN;
        String aggregateText = fields.optionalText(map, "aggregate");
        if (aggregateText != null) {
            if (aggregateText.equals("min")) {
                aggregate = Criterion.Aggregate.MIN;
            } else if (!aggregateText.equals("mean")) {
                fields.problem(map.get("aggregate").mark(), "aggregate of " + what + " must be mean or min, not '" + aggregateText + "'");
            }
        }
        Expression subjects = expression(map, "subjects", CelCompiler.Role.SUBJECTS, false, what);
        Expression when = expression(map, "when", CelCompiler.Role.WHEN, false, what);
        Expression applies = expression(map, "applies", CelCompiler.Role.APPLIES, false, what);
        Expression score = expression(map, "score", CelCompiler.Role.SCORE, true, what);
        Expression message = expression(map, "message", CelCompiler.Role.MESSAGE, false, what);
        return new Criterion(id, dimension, title, level, weight, requires, subjects, when, applies, score, message,
                aggregate, fields.optionalText(map, "rationale"), fields.optionalText(map, "remediation"),
                fields.strings(map, "references", what), fields.strings(map, "scenarios", what), map.mark());
    }

    Expression expression(MapNode map, String key, CelCompiler.Role role, boolean required, String what) {
        Node node = map.get(key);
        if (node == null) {
            if (required) {
                fields.problem(map.mark(), what + " has no " + key + " expression");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || !(scalar.value() instanceof String)
                && !(scalar.value() instanceof Boolean) && !(scalar.value() instanceof Number)) {
            fields.problem(node.mark(), key + " of " + what + " must be a CEL expression written as a string");
            return null;
        }
        String source = scalar.text();
        if (source.isBlank()) {
            fields.problem(node.mark(), key + " of " + what + " is empty");
            return null;
        }
        List<CelCompiler.Problem> found = new ArrayList<>();
        CelRuntime.Program program = cel.compile(source, role, found);
        for (CelCompiler.Problem p : found) {
            fields.problem(positions.positionInFile(scalar, p.line(), p.column()), "CEL error in " + key + " of " + what + ": " + p.message());
        }
        return program == null ? null : new Expression(key, source, file, scalar.mark(), program);
    }
}
