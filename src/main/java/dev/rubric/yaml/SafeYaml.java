package dev.rubric.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads untrusted YAML into located {@link Node} trees. Nothing is ever constructed from tags,
 * aliases are bounded twice (by SnakeYAML's alias count and by our own expansion budget, since
 * a few aliases nested inside each other still multiply), and duplicate keys are errors, as
 * they are for kubectl.
 */
public final class SafeYaml {
    /** Values a document may expand to once aliases are resolved. */
    static final int DEFAULT_NODE_BUDGET = 2_000_000;
    private static final int MAX_ALIASES = 200;
    private static final int MAX_DEPTH = 200;

    private final int codePointLimit;
    private final int nodeBudget;
    /** SnakeYAML's Yaml is not thread-safe but costly to build per file: one per parsing thread. */
    private final ThreadLocal<Yaml> loaders = ThreadLocal.withInitial(this::newYaml);

    public SafeYaml(int codePointLimit) {
        this(codePointLimit, DEFAULT_NODE_BUDGET);
    }

    SafeYaml(int codePointLimit, int nodeBudget) {
        this.codePointLimit = codePointLimit;
        this.nodeBudget = nodeBudget;
    }

    /** Every document of a multi-document stream; empty documents are skipped. */
    public List<Node> readAll(String text) throws YamlException {
        List<Node> documents = new ArrayList<>();
        try {
            for (org.yaml.snakeyaml.nodes.Node document : loaders.get().composeAll(new StringReader(text))) {
                if (document != null) {
                    documents.add(new Converter(nodeBudget).convert(document, 0));
                }
            }
        } catch (MarkedYAMLException e) {
            throw located(e);
        } catch (YAMLException e) {
            String message = limitMessage(e);
            throw new YamlException(message, message.startsWith("Nesting Depth") ? tooDeep(text) : Mark.NONE);
        } catch (IllegalArgumentException e) {
            // SnakeYAML's node constructors refuse some tags (one with spaces around it) this way, not as a YAML error
            throw new YamlException("invalid tag: " + e.getMessage(), Mark.NONE);
        } catch (StackOverflowError e) {
            throw new YamlException("YAML nesting is too deep", tooDeep(text));
        }
        return documents;
    }

    /**
     * Where the nesting first goes past the limit. The composer that refuses it keeps no mark, but
     * the parser's events do, and reading them needs no recursion: this runs only on a failure.
     */
    private Mark tooDeep(String text) {
        int depth = 0;
        try {
            for (Event event : loaders.get().parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent) {
                    if (++depth > MAX_DEPTH) {
                        return new Mark(event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException | StackOverflowError e) {
            // the text breaks before its nesting does: no better location than the file
        }
        return Mark.NONE;
    }

    /** Exactly one document; an empty text gives an empty mapping-less result (null). */
    public Node readOne(String text) throws YamlException {
        List<Node> documents = readAll(text);
        if (documents.size() > 1) {
            throw new YamlException("expected one YAML document, found " + documents.size(),
                    documents.get(1).mark());
        }
        return documents.isEmpty() ? null : documents.get(0);
    }

    private Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(codePointLimit);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options);
    }

    private static YamlException located(MarkedYAMLException e) {
        org.yaml.snakeyaml.error.Mark problem = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark mark = problem == null ? Mark.NONE : new Mark(problem.getLine() + 1, problem.getColumn() + 1);
        String problemText = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        String message = context == null ? problemText : context + ": " + problemText;
        return new YamlException(message.replaceAll("\\s+", " ").trim(), mark);
    }

    private static String limitMessage(YAMLException e) {
        String message = e.getMessage() == null ? "unreadable YAML" : e.getMessage();
        if (message.contains("aliases")) {
            return "too many YAML aliases (more than " + MAX_ALIASES + "): refusing a possible alias bomb";
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    private static Mark markOf(org.yaml.snakeyaml.nodes.Node node) {
        org.yaml.snakeyaml.error.Mark start = node.getStartMark();
        return start == null ? Mark.NONE : new Mark(start.getLine() + 1, start.getColumn() + 1);
    }

    private static final class Converter {
        private int remaining;

        Converter(int budget) {
            this.remaining = budget;
        }

        Node convert(org.yaml.snakeyaml.nodes.Node node, int depth) throws YamlException {
            if (--remaining < 0) {
                throw new YamlException("YAML expands to too many values once aliases are resolved: "
                        + "refusing a possible alias bomb", markOf(node));
            }
            if (depth > MAX_DEPTH) {
                throw new YamlException("YAML nesting is deeper than " + MAX_DEPTH, markOf(node));
            }
            if (node instanceof MappingNode mapping) {
                MapNode out = new MapNode(markOf(node));
                Set<String> explicit = new HashSet<>();
                List<MapNode> merged = new ArrayList<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    org.yaml.snakeyaml.nodes.Node keyNode = tuple.getKeyNode();
                    if (Tag.MERGE.equals(keyNode.getTag())) {
                        collectMerge(convert(tuple.getValueNode(), depth + 1), merged, keyNode);
                        continue;
                    }
                    if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode scalarKey)) {
                        throw new YamlException("mapping keys must be plain values", markOf(keyNode));
                    }
                    String key = scalarKey.getValue();
                    if (!explicit.add(key)) {
                        throw new YamlException("duplicate key '" + key + "' (first at line "
                                + out.keyMark(key).line() + ")", markOf(keyNode));
                    }
                    out.put(key, markOf(keyNode), convert(tuple.getValueNode(), depth + 1));
                }
                for (MapNode source : merged) {
                    for (String key : source.keys()) {
                        if (!out.has(key)) {
                            out.put(key, source.keyMark(key), source.get(key));
                        }
                    }
                }
                return out;
            }
            if (node instanceof SequenceNode sequence) {
                List<Node> items = new ArrayList<>(sequence.getValue().size());
                for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new ListNode(List.copyOf(items), markOf(node));
            }
            org.yaml.snakeyaml.nodes.ScalarNode scalar = (org.yaml.snakeyaml.nodes.ScalarNode) node;
            return new ScalarNode(resolve(scalar), scalar.getValue(), style(scalar), markOf(node));
        }

        private static void collectMerge(Node value, List<MapNode> merged, org.yaml.snakeyaml.nodes.Node at)
                throws YamlException {
            if (value instanceof MapNode map) {
                merged.add(map);
            } else if (value instanceof ListNode list) {
                for (Node item : list.items()) {
                    collectMerge(item, merged, at);
                }
            } else {
                throw new YamlException("'<<' must merge a mapping", markOf(at));
            }
        }
    }

    private static ScalarNode.Style style(org.yaml.snakeyaml.nodes.ScalarNode scalar) {
        return switch (scalar.getScalarStyle()) {
            case SINGLE_QUOTED -> ScalarNode.Style.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarNode.Style.DOUBLE_QUOTED;
            case LITERAL -> ScalarNode.Style.LITERAL;
            case FOLDED -> ScalarNode.Style.FOLDED;
            default -> ScalarNode.Style.PLAIN;
        };
    }

    /** Types a scalar the way YAML 1.1 resolves it; anything unusual stays text. */
    private static Object resolve(org.yaml.snakeyaml.nodes.ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.equals("true") || lower.equals("yes") || lower.equals("on");
        }
        if (Tag.INT.equals(tag)) {
            String digits = text.replace("_", "");
            try {
                if (digits.startsWith("0x") || digits.startsWith("0X")) {
                    return Long.parseLong(digits.substring(2), 16);
                }
                if (digits.length() > 1 && digits.startsWith("0") && !digits.contains(":")) {
                    return Long.parseLong(digits.startsWith("0o") ? digits.substring(2) : digits, 8);
                }
                return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                double value = Double.parseDouble(text.replace("_", ""));
                return Double.isFinite(value) ? value : text;
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }
}
