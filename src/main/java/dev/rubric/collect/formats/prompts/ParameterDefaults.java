package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxValues;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each literal that is a parameter's default is declared. A default such as
 * {@code def __init__(self, model_name="text-embedding-ada-002")} is one model reference, written
 * once; {@code self.model_name = model_name} and {@code create(model=self.model_name)} in the same
 * class only pass it on. Keyed by the offset of the literal, so every use that resolves to it can
 * be reported at the one parameter instead of once per line that forwards it.
 */
final class ParameterDefaults {
    /** Parameter nodes with a default, by grammar: Python, TypeScript, Kotlin (and constructor properties), C#. */
    private static final Set<String> PARAMETERS = Set.of("default_parameter", "typed_default_parameter", "required_parameter",
            "optional_parameter", "parameter", "class_parameter");

    private final Map<Integer, Integer> parameterByLiteral = new HashMap<>();

    ParameterDefaults(SyntaxTree tree, SyntaxValues values) {
        for (SyntaxValues.Declaration declaration : values.declared()) {
            if (declaration.value() == SyntaxTree.NONE || declaration.field() || !isParameter(tree, declaration.nameNode())) {
                continue;
            }
            SyntaxValues.Value value = values.valueOf(declaration);
            if (value != null && value.literal()) {
                parameterByLiteral.putIfAbsent(value.start(), declaration.nameNode());
            }
        }
    }

    /** The name node of the parameter whose default {@code value} is, or NONE when it is no parameter's default. */
    int parameterOf(SyntaxValues.Value value) {
        return value == null || !value.literal() ? SyntaxTree.NONE : parameterByLiteral.getOrDefault(value.start(), SyntaxTree.NONE);
    }

    private static boolean isParameter(SyntaxTree tree, int name) {
        int parent = tree.parent(name);
        if (parent == SyntaxTree.NONE) {
            return false;
        }
        // JavaScript: function f(model = "gpt-4o") is an assignment pattern inside the parameters
        return PARAMETERS.contains(tree.type(parent))
                || tree.is(parent, "assignment_pattern") && tree.is(tree.parent(parent), "formal_parameters");
    }
}
