package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Methods of a Python class read where an agent is assembled inside it: {@code self.get_tool_list()}
 * names what that method returns, when every one of its returns is a literal list.
 */
final class ClassMethods {
    private ClassMethods() {
    }

    /**
     * The names every {@code return} of the method a {@code self.name(...)} call calls gives, read by
     * {@code lists} and merged in order; null when the method is not the enclosing class's own, returns
     * nothing, or one of its returns is no literal list (tools loaded from an MCP server, a list built
     * at run time): then which tools the agent gets is not in the code.
     */
    static List<String> returnedLists(SyntaxTree tree, int call, IntFunction<List<String>> lists) {
        String callee = tree.text(tree.child(call, "function"));
        if (!callee.startsWith("self.") || callee.indexOf('.', "self.".length()) >= 0) {
            return null;
        }
        int method = method(tree, tree.ancestor(call, "class_definition"), callee.substring("self.".length()));
        if (method == SyntaxTree.NONE) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int returns = 0;
        for (int node = method; node < tree.subtreeEnd(method); node++) {
            if (!tree.is(node, "return_statement") || tree.ancestor(node, "function_definition", "lambda") != method) {
                continue;
            }
            int value = tree.namedChild(node, 0);
            List<String> names = value == SyntaxTree.NONE ? null : lists.apply(value);
            if (names == null) {
                return null;
            }
            returns++;
            names.stream().filter(name -> !out.contains(name)).forEach(out::add);
        }
        return returns == 0 ? null : out;
    }

    /** The method {@code name} defined in a class's body (decorated or not), or NONE. */
    static int method(SyntaxTree tree, int classNode, String name) {
        int body = classNode == SyntaxTree.NONE ? SyntaxTree.NONE : tree.child(classNode, "body");
        for (int statement = body == SyntaxTree.NONE ? SyntaxTree.NONE : tree.firstChild(body); statement != SyntaxTree.NONE;
                statement = tree.nextSibling(statement)) {
            int definition = tree.is(statement, "decorated_definition") ? tree.child(statement, "definition") : statement;
            if (tree.is(definition, "function_definition") && name.equals(tree.text(tree.child(definition, "name")))) {
                return definition;
            }
        }
        return SyntaxTree.NONE;
    }
}
