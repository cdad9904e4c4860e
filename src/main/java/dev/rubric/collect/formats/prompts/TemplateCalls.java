package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxValues;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calls that give back the text they are handed, filled in or re-indented: Java's
 * {@code String.format(TEMPLATE, ...)} and {@code TEMPLATE.strip()}, Kotlin's
 * {@code """...""".trimIndent()} and {@code trimMargin()}. The prompt is the template, as it is for
 * {@code .formatted(...)}; a variable holding such a call holds that prompt
 * ({@code val system = """...""".trimIndent()} then {@code .defaultSystem(system)}).
 */
final class TemplateCalls {
    private static final Set<String> JAVA_SAME_TEXT = Set.of("strip", "stripIndent", "trim");
    private static final Set<String> KOTLIN_SAME_TEXT = Set.of("trimIndent", "trimMargin");
    /** printf conversions and brace placeholders: what a template fills, not text of its own. */
    private static final Pattern PLACEHOLDERS = Pattern.compile("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%]|\\{[^{}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A template of fewer words is glue between values ({@code "%s: %s"}), not an instruction. */
    private static final int MIN_WORDS = 3;

    private TemplateCalls() {
    }

    /** The template argument or receiver of such a call at {@code node}, or NONE. */
    static int template(SyntaxTree tree, int node) {
        if (tree.grammar() == Grammar.JAVA && tree.is(node, "method_invocation")) {
            String name = tree.text(tree.child(node, "name"));
            int object = tree.child(node, "object");
            if (name.equals("format") && tree.is(object, "identifier") && tree.text(object).equals("String")) {
                return tree.namedChild(tree.child(node, "arguments"), 0);
            }
            return JAVA_SAME_TEXT.contains(name) && object != SyntaxTree.NONE && emptyArguments(tree, tree.child(node, "arguments"))
                    ? object : SyntaxTree.NONE;
        }
        if (tree.grammar() == Grammar.KOTLIN && tree.is(node, "call_expression")) {
            int navigation = tree.namedChild(node, 0);
            int suffix = tree.is(navigation, "navigation_expression") ? tree.childOfType(navigation, "navigation_suffix") : SyntaxTree.NONE;
            int arguments = tree.childOfType(node, "call_suffix");
            if (suffix != SyntaxTree.NONE && KOTLIN_SAME_TEXT.contains(tree.text(tree.namedChild(suffix, 0)))
                    && emptyArguments(tree, tree.childOfType(arguments, "value_arguments"))) {
                return tree.namedChild(navigation, 0);
            }
        }
        return SyntaxTree.NONE;
    }

    /**
     * The prompt {@code node} evaluates to through such a call, written there or held by the
     * variable {@code node} names; null when it is not one, or when the template is mostly placeholders.
     */
    static SyntaxValues.Value resolve(SyntaxValues values, SyntaxTree tree, int node) {
        String name = null;
        int expression = node;
        if (tree.is(node, "identifier") || tree.is(node, "simple_identifier")) {
            SyntaxValues.Declaration declaration = innermostDeclaration(values, tree, node);
            if (declaration == null) {
                return null;
            }
            name = declaration.name();
            expression = declaration.value();
        }
        int template = expression == SyntaxTree.NONE ? SyntaxTree.NONE : template(tree, expression);
        SyntaxValues.Value value = template == SyntaxTree.NONE ? null : values.resolve(template);
        if (value == null || !value.literal() || words(value.text()) < MIN_WORDS) {
            return null;
        }
        return name == null || value.constant() != null ? value
                : new SyntaxValues.Value(value.text(), value.start(), value.end(), name, true, value.formatted(), value.template());
    }

    private static long words(String text) {
        return WORD.matcher(PLACEHOLDERS.matcher(text).replaceAll(" ")).results().count();
    }

    private static boolean emptyArguments(SyntaxTree tree, int arguments) {
        return arguments != SyntaxTree.NONE && tree.namedChild(arguments, 0) == SyntaxTree.NONE;
    }

    /** The declaration of the name used at {@code use} in the innermost scope enclosing it that declares it. */
    private static SyntaxValues.Declaration innermostDeclaration(SyntaxValues values, SyntaxTree tree, int use) {
        String name = tree.text(use);
        int at = tree.start(use);
        SyntaxValues.Declaration best = null;
        for (SyntaxValues.Declaration declaration : values.declared()) {
            int scope = declaration.scope();
            if (declaration.name().equals(name) && !declaration.field() && tree.start(scope) <= at && at < tree.end(scope)
                    && (best == null || tree.start(scope) > tree.start(best.scope()))) {
                best = declaration;
            }
        }
        return best;
    }
}
