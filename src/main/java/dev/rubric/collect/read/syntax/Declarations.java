package dev.rubric.collect.read.syntax;

/**
 * Finds where names are declared in a tree, for every grammar: module and class constants,
 * locals, fields (including {@code self.x = …} / {@code this.x = …} in a method, which belong to
 * the class), parameters with their defaults and without (a parameter without one still hides a
 * name of an outer scope), Spring {@code @Value("${X:d}")} fields and parameters.
 */
final class Declarations {
    /** Receives one declaration: {@code value} is NONE when none is written. */
    interface Sink {
        void declare(int nameNode, int value, int scope, boolean field, String placeholder);
    }

    private final SyntaxTree tree;
    private final SyntaxCode code;
    private final Sink sink;

    Declarations(SyntaxTree tree, SyntaxCode code, Sink sink) {
        this.tree = tree;
        this.code = code;
        this.sink = sink;
    }

    void collect() {
        for (int node = 0; node < tree.size(); node++) {
            if (tree.named(node)) {
                switch (tree.grammar()) {
                    case PYTHON -> python(node);
                    case TYPESCRIPT, TSX, JAVASCRIPT -> javascript(node);
                    case JAVA -> java(node);
                    case KOTLIN -> kotlin(node);
                    case GO -> go(node);
                    case CSHARP -> csharp(node);
                }
            }
        }
    }

    private void python(int node) {
        switch (tree.type(node)) {
            case "assignment" -> assignment(node, tree.child(node, "left"), unterminatedOr(node, tree.child(node, "right")),
                    "attribute", "object", "attribute");
            case "default_parameter", "typed_default_parameter" -> local(tree.child(node, "name"), tree.child(node, "value"), node);
            case "typed_parameter" -> local(tree.childOfType(node, "identifier"), SyntaxTree.NONE, node);
            case "identifier" -> {
                int parent = tree.parent(node);
                if (parent != SyntaxTree.NONE && (tree.is(parent, "parameters") || tree.is(parent, "lambda_parameters"))) {
                    local(node, SyntaxTree.NONE, node);
                }
            }
            default -> { }
        }
    }

    private void javascript(int node) {
        switch (tree.type(node)) {
            case "variable_declarator" -> local(tree.child(node, "name"), tree.child(node, "value"), node);
            case "public_field_definition", "field_definition" -> {
                int name = tree.child(node, "name") != SyntaxTree.NONE ? tree.child(node, "name") : tree.child(node, "property");
                local(name, tree.child(node, "value"), node);
            }
            case "assignment_expression" -> assignment(node, tree.child(node, "left"), tree.child(node, "right"),
                    "member_expression", "object", "property");
            case "required_parameter", "optional_parameter" -> local(tree.child(node, "pattern"), tree.child(node, "value"), node);
            case "assignment_pattern" -> {
                if (tree.is(tree.parent(node), "formal_parameters")) {
                    local(tree.child(node, "left"), tree.child(node, "right"), node);
                }
            }
            case "identifier" -> {
                if (tree.is(tree.parent(node), "formal_parameters")) {
                    local(node, SyntaxTree.NONE, node);
                }
            }
            default -> { }
        }
    }

    private void java(int node) {
        switch (tree.type(node)) {
            case "variable_declarator" -> {
                int declaration = tree.parent(node);
                String placeholder = springValue(declaration);
                if (placeholder != null) {
                    sink.declare(tree.child(node, "name"), springValueNode(declaration), code.scopeOf(node), false, placeholder);
                } else {
                    local(tree.child(node, "name"), tree.child(node, "value"), node);
                }
            }
            case "formal_parameter" -> {
                String placeholder = springValue(node);
                if (placeholder != null) {
                    sink.declare(tree.child(node, "name"), springValueNode(node), code.scopeOf(node), false, placeholder);
                } else {
                    local(tree.child(node, "name"), SyntaxTree.NONE, node);
                }
            }
            case "assignment_expression" -> assignment(node, tree.child(node, "left"), tree.child(node, "right"),
                    "field_access", "object", "field");
            default -> { }
        }
    }

    private void kotlin(int node) {
        switch (tree.type(node)) {
            case "property_declaration" -> {
                int variable = tree.childOfType(node, "variable_declaration");
                local(variable == SyntaxTree.NONE ? SyntaxTree.NONE : tree.childOfType(variable, "simple_identifier"),
                        code.valueAfterEquals(node), node);
            }
            case "class_parameter" -> local(tree.childOfType(node, "simple_identifier"), code.valueAfterEquals(node), node);
            case "parameter" -> {
                int value = SyntaxTree.NONE;
                int next = tree.nextSibling(node);
                if (next != SyntaxTree.NONE && tree.isToken(next, "=")) {
                    value = tree.nextSibling(next);
                }
                local(tree.childOfType(node, "simple_identifier"), value, node);
            }
            default -> { }
        }
    }

    private void go(int node) {
        switch (tree.type(node)) {
            case "const_spec", "var_spec" -> {
                int values = tree.child(node, "value");
                int index = 0;
                for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                    if ("name".equals(tree.field(c))) {
                        local(c, values == SyntaxTree.NONE ? SyntaxTree.NONE : tree.namedChild(values, index++), node);
                    }
                }
            }
            case "short_var_declaration" -> {
                int left = tree.child(node, "left");
                int right = tree.child(node, "right");
                for (int index = 0; tree.namedChild(left, index) != SyntaxTree.NONE; index++) {
                    local(tree.namedChild(left, index), right == SyntaxTree.NONE ? SyntaxTree.NONE : tree.namedChild(right, index), node);
                }
            }
            case "parameter_declaration" -> local(tree.child(node, "name"), SyntaxTree.NONE, node);
            default -> { }
        }
    }

    private void csharp(int node) {
        switch (tree.type(node)) {
            case "variable_declarator", "parameter" -> local(tree.child(node, "name"), code.valueAfterEquals(node), node);
            case "property_declaration" -> local(tree.child(node, "name"), tree.child(node, "value"), node);
            case "assignment_expression" -> assignment(node, tree.child(node, "left"), tree.child(node, "right"),
                    "member_access_expression", "expression", "name");
            default -> { }
        }
    }

    /** {@code name = value}, or {@code self.name = value} / {@code this.name = value}, a field of the enclosing class. */
    private void assignment(int node, int left, int right, String memberType, String objectField, String nameField) {
        if (left == SyntaxTree.NONE) {
            return;
        }
        if (tree.is(left, "identifier")) {
            local(left, right, node);
            return;
        }
        if (tree.is(left, memberType)) {
            int object = tree.child(left, objectField);
            String receiver = object == SyntaxTree.NONE ? "" : tree.text(object);
            if (receiver.equals("self") || receiver.equals("this") || receiver.equals("cls")) {
                int owner = code.classOf(node);
                int name = tree.child(left, nameField);
                if (owner != SyntaxTree.NONE && name != SyntaxTree.NONE) {
                    sink.declare(name, right, owner, true, null);
                }
            }
        }
    }

    /**
     * A string left open at the end of a cut file parses as an error node after the {@code =}:
     * that string is the value, not whatever word the parser recovered with.
     */
    private int unterminatedOr(int assignment, int value) {
        for (int c = tree.firstChild(assignment); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.type(c).equals("ERROR") && SyntaxStrings.unterminated(tree, c) != null) {
                return c;
            }
        }
        return value;
    }

    private void local(int name, int value, int declaration) {
        if (name == SyntaxTree.NONE || !tree.named(name)) {
            return;
        }
        if (tree.text(name).matches("[A-Za-z_$][\\w$]*")) {
            sink.declare(name, value, code.scopeOf(declaration), false, null);
        }
    }

    private String text(int node) {
        return node == SyntaxTree.NONE ? null : tree.text(node);
    }

    /** The text of a Spring {@code @Value("...")} on a field or parameter, or null. */
    private String springValue(int declaration) {
        int node = springValueNode(declaration);
        SyntaxStrings.Literal literal = node == SyntaxTree.NONE ? null : SyntaxStrings.literal(tree, node);
        return literal == null ? null : literal.value();
    }

    private int springValueNode(int declaration) {
        int modifiers = tree.childOfType(declaration, "modifiers");
        if (modifiers == SyntaxTree.NONE) {
            return SyntaxTree.NONE;
        }
        for (int c = tree.firstChild(modifiers); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.is(c, "annotation") && "Value".equals(text(tree.child(c, "name")))) {
                int arguments = tree.child(c, "arguments");
                return arguments == SyntaxTree.NONE ? SyntaxTree.NONE : tree.namedChild(arguments, 0);
            }
        }
        return SyntaxTree.NONE;
    }
}
