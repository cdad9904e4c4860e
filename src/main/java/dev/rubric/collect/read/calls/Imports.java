package dev.rubric.collect.read.calls;

import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.HashMap;
import java.util.Map;

/**
 * The names a source file imports, each mapped to what it stands for ({@code px} →
 * {@code phoenix}, {@code register} → {@code phoenix.otel.register}), so that a call is known by the
 * library it comes from and not by a name anyone may define. JavaScript modules keep their path
 * ({@code @opentelemetry/sdk-node.NodeSDK}); C# {@code using} directives name namespaces only and
 * give no entry. Relative Python imports keep their leading dots, so they never pass for a library.
 */
public final class Imports {
    private final Map<String, String> names = new HashMap<>();

    private Imports() {
    }

    public static Imports of(SyntaxTree tree) {
        Imports imports = new Imports();
        for (int node = 0; node < tree.size(); node++) {
            if (!tree.named(node)) {
                continue;
            }
            switch (tree.grammar()) {
                case PYTHON -> imports.python(tree, node);
                case TYPESCRIPT, TSX, JAVASCRIPT -> imports.javascript(tree, node);
                case JAVA -> imports.java(tree, node);
                case KOTLIN -> imports.kotlin(tree, node);
                default -> {
                }
            }
        }
        return imports;
    }

    /** What a local name stands for, or null when the file does not import it. */
    public String resolve(String local) {
        return names.get(local);
    }

    /** Whether some import of the file comes from a module starting with {@code prefix}. */
    public boolean anyFrom(String prefix) {
        for (String qualified : names.values()) {
            if (qualified.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The callee with its first name replaced by what that name was imported as:
     * {@code trace.set_tracer_provider} → {@code opentelemetry.trace.set_tracer_provider}.
     */
    public String qualify(String callee) {
        int end = 0;
        while (end < callee.length() && callee.charAt(end) != '.' && callee.charAt(end) != '(') {
            end++;
        }
        String head = names.get(callee.substring(0, end));
        return head == null ? callee : head + callee.substring(end);
    }

    private void python(SyntaxTree tree, int node) {
        if (tree.is(node, "import_statement")) {
            for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                if (tree.is(c, "dotted_name")) {
                    String module = tree.text(c);
                    int dot = module.indexOf('.');
                    String head = dot < 0 ? module : module.substring(0, dot);
                    names.put(head, head);
                } else if (tree.is(c, "aliased_import")) {
                    names.put(tree.text(tree.child(c, "alias")), tree.text(tree.child(c, "name")));
                }
            }
        } else if (tree.is(node, "import_from_statement")) {
            int module = tree.child(node, "module_name");
            if (module == SyntaxTree.NONE) {
                return;
            }
            String from = compact(tree.text(module));
            for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                if (!"name".equals(tree.field(c))) {
                    continue;
                }
                if (tree.is(c, "aliased_import")) {
                    names.put(tree.text(tree.child(c, "alias")), from + "." + tree.text(tree.child(c, "name")));
                } else {
                    names.put(tree.text(c), from + "." + tree.text(c));
                }
            }
        }
    }

    private void javascript(SyntaxTree tree, int node) {
        if (tree.is(node, "import_statement")) {
            String module = Literals.string(tree, tree.child(node, "source"));
            int clause = tree.childOfType(node, "import_clause");
            if (module != null && clause != SyntaxTree.NONE) {
                bindings(tree, clause, module);
            }
        } else if (tree.is(node, "variable_declarator")) {
            // const { A, B: C } = require("m"); const m = require("m")
            int value = tree.child(node, "value");
            if (tree.is(value, "await_expression")) {
                value = tree.namedChild(value, 0);
            }
            if (!tree.is(value, "call_expression") || !"require".equals(tree.text(tree.child(value, "function")))) {
                return;
            }
            String module = Literals.string(tree, tree.namedChild(tree.child(value, "arguments"), 0));
            int name = tree.child(node, "name");
            if (module == null) {
                return;
            }
            if (tree.is(name, "identifier")) {
                names.put(tree.text(name), module);
            } else if (tree.is(name, "object_pattern")) {
                for (int c = tree.firstChild(name); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                    if (tree.is(c, "shorthand_property_identifier_pattern")) {
                        names.put(tree.text(c), module + "." + tree.text(c));
                    } else if (tree.is(c, "pair_pattern")) {
                        names.put(tree.text(tree.child(c, "value")), module + "." + tree.text(tree.child(c, "key")));
                    }
                }
            }
        }
    }

    private void bindings(SyntaxTree tree, int clause, String module) {
        for (int c = tree.firstChild(clause); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.is(c, "identifier")) {
                // a default export is known by the name the file gives it, which is the library's own in practice
                names.put(tree.text(c), module + "." + tree.text(c));
            } else if (tree.is(c, "namespace_import")) {
                names.put(tree.text(tree.namedChild(c, 0)), module);
            } else if (tree.is(c, "named_imports")) {
                for (int s = tree.firstChild(c); s != SyntaxTree.NONE; s = tree.nextSibling(s)) {
                    if (tree.is(s, "import_specifier")) {
                        int alias = tree.child(s, "alias");
                        String name = tree.text(tree.child(s, "name"));
                        names.put(alias == SyntaxTree.NONE ? name : tree.text(alias), module + "." + name);
                    }
                }
            }
        }
    }

    private void java(SyntaxTree tree, int node) {
        if (tree.is(node, "import_declaration") && tree.childOfType(node, "asterisk") == SyntaxTree.NONE) {
            int name = tree.namedChild(node, 0);
            if (tree.is(name, "scoped_identifier")) {
                names.put(tree.text(tree.child(name, "name")), compact(tree.text(name)));
            }
        }
    }

    private void kotlin(SyntaxTree tree, int node) {
        if (tree.is(node, "import_header") || tree.is(node, "import")) {
            String text = compact(tree.text(node)).replaceFirst("^import", "");
            if (text.endsWith(".*") || text.contains(" as ")) {
                return;
            }
            int dot = text.lastIndexOf('.');
            if (dot > 0) {
                names.put(text.substring(dot + 1), text);
            }
        }
    }

    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ';') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
