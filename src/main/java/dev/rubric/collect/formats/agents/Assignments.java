package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a file assigns to plain names, at any depth ({@code model = ChatOpenAI(model="gpt-4o")}
 * inside a function, then {@code create_react_agent(model, tools)}): an agent is usually assembled
 * from variables set a few lines above it. A name is resolved to its last assignment before the
 * use, in the same function when there is one there — never to one further down.
 */
final class Assignments {
    private record Assigned(int value, int start, int scope) {
    }

    private final SyntaxTree tree;
    private final Map<String, List<Assigned>> byName = new HashMap<>();

    Assignments(CodeFile code) {
        this.tree = code.tree();
        for (int node = 0; node < tree.size(); node++) {
            if (!tree.named(node)) {
                continue;
            }
            switch (tree.type(node)) {
                case "assignment" -> add(tree.child(node, "left"), tree.child(node, "right"), node);
                case "variable_declarator" -> add(tree.child(node, "name"), tree.child(node, "value"), node);
                default -> {
                }
            }
        }
    }

    private void add(int left, int right, int node) {
        if (right == SyntaxTree.NONE || !tree.is(left, "identifier")) {
            return;
        }
        byName.computeIfAbsent(tree.text(left), k -> new ArrayList<>()).add(new Assigned(right, tree.start(node), scope(node)));
    }

    /** The value last assigned to the identifier {@code use} before it, or NONE. */
    int valueOf(int use) {
        if (!tree.is(use, "identifier")) {
            return SyntaxTree.NONE;
        }
        List<Assigned> candidates = byName.get(tree.text(use));
        if (candidates == null) {
            return SyntaxTree.NONE;
        }
        int scope = scope(use);
        Assigned best = null;
        for (Assigned a : candidates) {
            boolean visible = a.scope == scope || a.scope == SyntaxTree.NONE;
            if (visible && a.start < tree.start(use) && (best == null || a.scope != SyntaxTree.NONE && best.scope == SyntaxTree.NONE
                    || a.scope == best.scope && a.start > best.start)) {
                best = a;
            }
        }
        return best == null ? SyntaxTree.NONE : best.value;
    }

    /** The name an expression is assigned to ({@code graph = StateGraph(State)} → graph), or null. */
    String nameAssigned(int value) {
        int parent = tree.parent(value);
        if (tree.is(parent, "assignment") && tree.child(parent, "right") == value) {
            int left = tree.child(parent, "left");
            return tree.is(left, "identifier") ? tree.text(left) : null;
        }
        if (tree.is(parent, "variable_declarator") && tree.child(parent, "value") == value) {
            int name = tree.child(parent, "name");
            return tree.is(name, "identifier") ? tree.text(name) : null;
        }
        return null;
    }

    private int scope(int node) {
        return tree.ancestor(node, "function_definition", "function_declaration", "arrow_function", "method_definition",
                "method_declaration");
    }
}
