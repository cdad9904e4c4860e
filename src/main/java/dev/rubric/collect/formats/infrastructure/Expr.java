package dev.rubric.collect.formats.infrastructure;

import java.util.List;
import java.util.Map;

/**
 * An expression of Bicep or HCL as far as the readers need it: literals, references, objects,
 * arrays, calls and conditionals keep their shape; anything else (arithmetic, comparisons, lambda
 * bodies) is kept as its source text, which is never mistaken for a value. {@code text} is the
 * expression's tokens joined without spaces, so two spellings of one expression compare equal.
 */
sealed interface Expr {
    String text();

    int line();

    /** A string (no interpolation) or a number or boolean, as written. */
    record Literal(String value, String text, int line) implements Expr {
    }

    /** A string with {@code ${…}} parts; {@code only} is the expression when the string is nothing else. */
    record Template(String value, Expr only, String text, int line) implements Expr {
    }

    /** {@code a.b.c}, {@code a!.outputs.b}, {@code var.x}: the path without null-forgiving marks. */
    record Ref(List<String> path, String text, int line) implements Expr {
        String head() {
            return path.get(0);
        }
    }

    record Obj(Map<String, Expr> entries, Map<String, Integer> lines, String text, int line) implements Expr {
        Expr get(String key) {
            return entries.get(key);
        }
    }

    record Arr(List<Expr> items, String text, int line) implements Expr {
    }

    record Call(String name, List<Expr> args, String text, int line) implements Expr {
    }

    record Conditional(Expr condition, Expr then, Expr otherwise, String text, int line) implements Expr {
    }

    /** {@code [for x in items: body]} (Bicep) or {@code [for x in items : body]} (HCL). */
    record For(String variable, Expr items, Expr body, String text, int line) implements Expr {
    }

    /** Anything else, kept as source text. */
    record Other(String text, int line) implements Expr {
    }
}
