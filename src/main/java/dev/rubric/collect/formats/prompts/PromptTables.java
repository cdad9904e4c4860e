package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.syntax.SyntaxCode;
import dev.rubric.collect.read.syntax.SyntaxStrings;
import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prompts kept in a table named like prompts rather than in one constant each: a mapping literal
 * ({@code _DEFAULT_PROMPT_CONFIG = {"system": "You are ..."}}) or entries set one by one
 * ({@code PROMPTS["entity_extraction"] = """..."""}, LightRAG's layout). Each entry is a candidate
 * named {@code TABLE["key"]}; whether it is a prompt is then decided as for any prompt constant
 * (a written literal, long enough).
 */
final class PromptTables {
    private PromptTables() {
    }

    /** The entries of a mapping literal assigned to {@code name}: {@code name["key"]} → value node. */
    static Map<String, Integer> entries(SyntaxCode code, String name, int value) {
        Map<String, Integer> out = new LinkedHashMap<>();
        SyntaxTree tree = code.tree();
        if (value == SyntaxTree.NONE || !(tree.is(value, "dictionary") || tree.is(value, "object"))) {
            return out;
        }
        for (SyntaxCode.Entry entry : code.entries(value)) {
            out.putIfAbsent(name + "[\"" + entry.key() + "\"]", entry.value());
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
        out.put(tree.text(table).replaceAll("\\s+", "") + "[\"" + key.value() + "\"]", right);
        return out;
    }
}
