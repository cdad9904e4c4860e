package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.syntax.SyntaxCode;
import dev.rubric.collect.read.syntax.SyntaxStrings;
import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prompts kept in a table rather than in one constant each: a collection of prompts
 * ({@code PROMPTS["entity_extraction"] = """..."""}, LightRAG's layout, or {@code PROMPTS = {...}}),
 * where every entry is a prompt whatever its key, or a prompt configuration
 * ({@code _DEFAULT_PROMPT_CONFIG = {"system": "You are ...", "prologue": "Hi!"}}), where only the
 * entries keyed by a message role or a prompt word are: its other texts are greetings and
 * messages shown to users. Each entry is a candidate named {@code TABLE["key"]}; whether it is a
 * prompt is then decided as for any prompt constant (a written literal, long enough).
 */
final class PromptTables {
    /** A table of prompts, named in the plural: PROMPTS, graph_prompts, SYSTEM_INSTRUCTIONS. */
    private static final Pattern COLLECTION = Pattern.compile("(?i).*(prompts|instructions|templates)");
    /** The keys of a prompt configuration that hold the text sent to a model. */
    private static final Set<String> PROMPT_KEYS = Set.of("system", "developer", "user", "prompt", "template", "instruction",
            "instructions", "system_prompt", "user_prompt");

    private PromptTables() {
    }

    /** The entries of a mapping literal assigned to {@code name}: {@code name["key"]} → value node. */
    static Map<String, Integer> entries(SyntaxCode code, String name, int value) {
        Map<String, Integer> out = new LinkedHashMap<>();
        SyntaxTree tree = code.tree();
        if (value == SyntaxTree.NONE || !(tree.is(value, "dictionary") || tree.is(value, "object"))) {
            return out;
        }
        boolean collection = COLLECTION.matcher(name).matches();
        for (SyntaxCode.Entry entry : code.entries(value)) {
            if (collection || promptKey(entry.key())) {
                out.putIfAbsent(name + "[\"" + entry.key() + "\"]", entry.value());
            }
        }
        return out;
    }

    /** {@code TABLE["key"] = value} at {@code node} (Python or JavaScript), with a literal key. */
    static Map<String, Integer> subscriptAssignment(SyntaxCode code, int node) {
        Map<String, Integer> out = new LinkedHashMap<>();
        SyntaxTree tree = code.tree();
        if (!tree.is(node, "assignment") && !tree.is(node, "assignment_expression")) {
            return out;
        }
        int left = tree.child(node, "left");
        int right = tree.child(node, "right");
        if (right == SyntaxTree.NONE || !(tree.is(left, "subscript") || tree.is(left, "subscript_expression"))) {
            return out;
        }
        int table = tree.child(left, tree.is(left, "subscript") ? "value" : "object");
        int index = tree.child(left, tree.is(left, "subscript") ? "subscript" : "index");
        SyntaxStrings.Literal key = SyntaxStrings.literal(tree, index);
        if (table == SyntaxTree.NONE || key == null) {
            return out;
        }
        String name = tree.text(table).replaceAll("\\s+", "");
        if (COLLECTION.matcher(name).matches() || promptKey(key.value())) {
            out.put(name + "[\"" + key.value() + "\"]", right);
        }
        return out;
    }

    /** A key that holds prompt text in any table: a message role, or a name like {@code answer_prompt}. */
    private static boolean promptKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return PROMPT_KEYS.contains(lower) || lower.contains("prompt") || lower.contains("instruction");
    }
}
