package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.syntax.SyntaxCode;
import dev.rubric.collect.read.syntax.SyntaxStrings;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The model a prompt pulled from a registry is sent with. The pulled text names no model, so the
 * binding is in the code that uses the pull: the first call that takes the prompt (or something
 * read from it: {@code prompt.compile(...)}, {@code prompt.prompt}) as an argument and names a model
 * beside it ({@code client.chat.completions.create(model=..., messages=prompt.compile())},
 * {@code Agent(model=..., instructions=PROMPT.prompt)}). When that model is read from the prompt's own
 * config ({@code model=prompt.config["model"]}, {@code prompt.config.model}), the model is kept with
 * the prompt version in the registry: bound, though not visible here, when the same call also sends the
 * prompt (a call that only reads another prompt's config sends something else). A model the code cannot resolve
 * (a parameter from the caller) leaves the prompt unbound; a same-named variable of another function
 * is another variable.
 */
final class RegistryPromptModels {
    /** Where the model of one pulled prompt comes from: {@code model} is null for registry-config. */
    record Binding(String model, String source) {
        static final String CALL = "call";
        static final String REGISTRY_CONFIG = "registry-config";
    }

    private final SyntaxTree tree;
    private final SyntaxCode code;
    private final SyntaxValues values;

    RegistryPromptModels(SyntaxTree tree) {
        this.tree = tree;
        this.code = new SyntaxCode(tree);
        this.values = new SyntaxValues(code);
    }

    /** The binding of the prompt {@code pull} returns, or null when no call names its model. */
    Binding of(Call pull) {
        int expression = unwrapped(pull.node());
        int declaration = tree.parent(expression);
        String variable = variableAssigned(declaration, expression);
        if (variable == null) {
            // pulled where it is used: create(model=..., messages=langfuse.get_prompt("x").compile())
            return bindingAround(pull.node(), null, tree.root());
        }
        int scope = code.scopeOf(declaration);
        Set<Integer> shadowing = scopesDeclaring(variable, scope);
        for (int node = declaration + 1; node < tree.subtreeEnd(scope); node++) {
            if (tree.start(node) < tree.end(declaration) || !tree.is(node, "identifier") || !tree.text(node).equals(variable)
                    || shadowed(node, scope, shadowing)) {
                continue;
            }
            Binding binding = bindingAround(node, variable, scope);
            if (binding != null) {
                return binding;
            }
        }
        return null;
    }

    /** The pull as an expression: through {@code await} and parentheses. */
    private int unwrapped(int node) {
        int expression = node;
        int parent = tree.parent(expression);
        while (parent != SyntaxTree.NONE && (tree.is(parent, "await") || tree.is(parent, "await_expression")
                || tree.is(parent, "parenthesized_expression"))) {
            expression = parent;
            parent = tree.parent(expression);
        }
        return expression;
    }

    /** {@code name = pull} (Python), {@code const name = pull} or {@code name = pull} (JavaScript): the name, else null. */
    private String variableAssigned(int declaration, int expression) {
        if (declaration == SyntaxTree.NONE) {
            return null;
        }
        int name = SyntaxTree.NONE;
        if ((tree.is(declaration, "assignment") || tree.is(declaration, "assignment_expression"))
                && tree.child(declaration, "right") == expression) {
            name = tree.child(declaration, "left");
        } else if (tree.is(declaration, "variable_declarator") && tree.child(declaration, "value") == expression) {
            name = tree.child(declaration, "name");
        }
        return tree.is(name, "identifier") ? tree.text(name) : null;
    }

    /** Functions inside {@code scope} that declare a name of their own: there it is another variable. */
    private Set<Integer> scopesDeclaring(String variable, int scope) {
        Set<Integer> out = new HashSet<>();
        for (SyntaxValues.Declaration declaration : values.declared()) {
            if (declaration.name().equals(variable) && declaration.scope() != scope) {
                out.add(declaration.scope());
            }
        }
        return out;
    }

    private boolean shadowed(int use, int scope, Set<Integer> shadowing) {
        for (int s = code.scopeOf(use); s != scope && s != tree.root(); s = code.scopeOf(s)) {
            if (shadowing.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first call around {@code use} (within {@code scope}) that takes it as an argument and names a
     * model: the model it names. A call that takes it and names a model it cannot resolve ends the search.
     */
    private Binding bindingAround(int use, String variable, int scope) {
        for (int call = tree.parent(use); call != SyntaxTree.NONE && call != scope; call = tree.parent(call)) {
            int arguments = code.isCall(call) ? code.argumentList(call) : SyntaxTree.NONE;
            if (arguments == SyntaxTree.NONE || use <= arguments || use >= tree.subtreeEnd(arguments)) {
                continue;
            }
            int model = modelArgument(call);
            if (model == SyntaxTree.NONE) {
                continue;
            }
            if (use >= model && use < tree.subtreeEnd(model)) {
                // the prompt's config supplies a call's model, but that call may send another text
                return null;
            }
            if (variable != null && isConfigModel(model, variable)) {
                return new Binding(null, Binding.REGISTRY_CONFIG);
            }
            SyntaxValues.Value value = values.resolve(model);
            return value == null || value.text().isBlank() ? null : new Binding(value.text().strip(), Binding.CALL);
        }
        return null;
    }

    /** The value of the call's own model argument (a keyword, or a property of its options object), or NONE. */
    private int modelArgument(int call) {
        List<SyntaxCode.Entry> entries = new ArrayList<>(code.entries(call));
        for (SyntaxCode.Argument argument : code.arguments(call)) {
            if (argument.name() == null) {
                entries.addAll(code.entries(argument.value()));
            }
        }
        for (SyntaxCode.Entry entry : entries) {
            if (ModelArguments.MODEL_KEYS.contains(entry.key()) && !SyntaxStrings.isString(tree, entry.keyNode())) {
                return entry.value();
            }
        }
        return SyntaxTree.NONE;
    }

    /** {@code variable.config["model"]}, {@code variable.config.get("model", ...)}, {@code variable.config.model}. */
    private boolean isConfigModel(int node, String variable) {
        List<String> path = accessPath(node);
        return path != null && path.size() == 3 && path.get(0).equals(variable) && path.get(1).equals("config")
                && ModelArguments.MODEL_KEYS.contains(path.get(2));
    }

    /** The names and literal keys an expression reads, outermost first; null for anything else. */
    private List<String> accessPath(int node) {
        if (tree.is(node, "identifier")) {
            return new ArrayList<>(List.of(tree.text(node)));
        }
        int object = SyntaxTree.NONE;
        String key = null;
        if (tree.is(node, "attribute") || tree.is(node, "member_expression")) {
            object = tree.child(node, "object");
            int property = tree.child(node, tree.is(node, "attribute") ? "attribute" : "property");
            key = property == SyntaxTree.NONE ? null : tree.text(property);
        } else if (tree.is(node, "subscript") || tree.is(node, "subscript_expression")) {
            object = tree.child(node, tree.is(node, "subscript") ? "value" : "object");
            SyntaxStrings.Literal literal = SyntaxStrings.literal(tree, tree.child(node, tree.is(node, "subscript") ? "subscript" : "index"));
            key = literal == null ? null : literal.value();
        } else if (code.isCall(node) && tree.is(code.callee(node), "attribute")
                && tree.text(tree.child(code.callee(node), "attribute")).equals("get")) {
            // dict.get("model", default): the config's value wins whenever it is set
            object = tree.child(code.callee(node), "object");
            List<SyntaxCode.Argument> arguments = code.arguments(node);
            SyntaxStrings.Literal literal = arguments.isEmpty() ? null : SyntaxStrings.literal(tree, arguments.get(0).value());
            key = literal == null ? null : literal.value();
        }
        List<String> path = key == null || object == SyntaxTree.NONE ? null : accessPath(object);
        if (path != null) {
            path.add(key);
        }
        return path;
    }
}
