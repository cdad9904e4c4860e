package dev.rubric.collect.formats.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Bicep file read with the values its caller binds to its parameters: a module call
 * {@code module app 'app/api.bicep' = {params: {name: 'agent-api'}}} makes {@code name} of
 * {@code app/api.bicep} the caller's expression, evaluated where the caller wrote it. Without a
 * caller a parameter takes its default. Values are followed as far as the files say; anything else
 * is kept as the expression that decides it at deploy time, never guessed.
 */
final class BicepScope {
    private record Bound(Expr expr, BicepScope scope) {
    }

    private static final int MAX_DEPTH = 16;

    final BicepFile file;
    private final Map<String, Bound> bindings;

    private BicepScope(BicepFile file, Map<String, Bound> bindings) {
        this.file = file;
        this.bindings = bindings;
    }

    static BicepScope top(BicepFile file) {
        return new BicepScope(file, Map.of());
    }

    /** The scope of {@code callee} called with {@code params} written in this scope. */
    BicepScope call(BicepFile callee, Expr.Obj params) {
        Map<String, Bound> bound = new LinkedHashMap<>();
        if (params != null) {
            params.entries().forEach((name, expr) -> bound.put(name, new Bound(expr, this)));
        }
        return new BicepScope(callee, bound);
    }

    /**
     * Whether {@code expr} is one of this file's parameters without a default, whatever a caller
     * binds to it: a resource named so is a template that its callers name.
     */
    boolean templateName(Expr expr) {
        return expr instanceof Expr.Ref ref && ref.path().size() == 1 && file.params.containsKey(ref.head())
                && file.params.get(ref.head()).defaultValue() == null;
    }

    InfraValue value(Expr expr) {
        return value(expr, 0);
    }

    private InfraValue value(Expr expr, int depth) {
        if (expr == null) {
            return null;
        }
        if (depth > MAX_DEPTH) {
            return new InfraValue(null, null, expr.text());
        }
        if (expr instanceof Expr.Literal literal) {
            return InfraValue.of(literal.value());
        }
        if (expr instanceof Expr.Template template && template.only() != null) {
            return value(template.only(), depth + 1);
        }
        if (expr instanceof Expr.Ref ref && ref.path().size() == 1) {
            String name = ref.head();
            Located target = lookup(name);
            if (!bindings.containsKey(name) && file.params.containsKey(name)) {
                // the parameter's default, kept with the parameter that a parameters file may override
                InfraValue given = target == null ? null : target.scope().value(target.expr(), depth + 1);
                return new InfraValue(given == null ? null : given.value(), name, null);
            }
            if (target != null) {
                return target.scope().value(target.expr(), depth + 1);
            }
        }
        if (expr instanceof Expr.Call call && call.args().size() == 1 && (call.name().equals("json") || call.name().equals("string"))
                && call.args().get(0) instanceof Expr.Literal literal) {
            // json('0.5'): how Bicep writes a number that has no literal form
            return InfraValue.of(literal.value());
        }
        if (expr instanceof Expr.Conditional conditional
                && conditional.condition().text().equals("!empty(" + conditional.then().text() + ")")) {
            // the templates' idiom "p, or x when p is empty"
            InfraValue then = value(conditional.then(), depth + 1);
            if (then != null && then.value() != null && !then.value().isEmpty()) {
                return then;
            }
            InfraValue otherwise = value(conditional.otherwise(), depth + 1);
            if (then != null && then.parameter() != null && otherwise != null && otherwise.value() != null) {
                return new InfraValue(otherwise.value(), then.parameter(), null);
            }
            return otherwise;
        }
        return new InfraValue(null, null, expr.text());
    }

    /** A value and the scope it is written in: what an object's entries or an array's items are evaluated in. */
    record Located(Expr expr, BicepScope scope) {
        InfraValue value() {
            return scope.value(expr);
        }
    }

    /**
     * The entries of the object {@code expr} evaluates to, through parameters, variables and
     * {@code union}; {@code unknown} collects the parts that are decided at deploy time.
     */
    Map<String, Located> entries(Expr expr, List<String> unknown) {
        Map<String, Located> out = new LinkedHashMap<>();
        entries(expr, out, unknown, 0);
        return out;
    }

    private void entries(Expr expr, Map<String, Located> out, List<String> unknown, int depth) {
        Located target = follow(expr, depth);
        if (target == null) {
            return;
        }
        if (target.expr() instanceof Expr.Obj object) {
            object.entries().forEach((key, value) -> out.put(key, new Located(value, target.scope())));
        } else if (target.expr() instanceof Expr.Call call && call.name().equals("union")) {
            call.args().forEach(arg -> target.scope().entries(arg, out, unknown, depth + 1));
        } else {
            unknown.add(target.scope().value(target.expr()).shown());
        }
    }

    /** The items of the array {@code expr} evaluates to, through parameters, variables, {@code union} and {@code concat}. */
    List<Located> items(Expr expr, List<String> unknown) {
        List<Located> out = new ArrayList<>();
        items(expr, out, unknown, 0);
        return out;
    }

    private void items(Expr expr, List<Located> out, List<String> unknown, int depth) {
        Located target = follow(expr, depth);
        if (target == null) {
            return;
        }
        if (target.expr() instanceof Expr.Arr array) {
            array.items().forEach(item -> out.add(new Located(item, target.scope())));
        } else if (target.expr() instanceof Expr.Call call && Set.of("union", "concat").contains(call.name())) {
            call.args().forEach(arg -> target.scope().items(arg, out, unknown, depth + 1));
        } else {
            unknown.add(target.scope().value(target.expr()).shown());
        }
    }

    /** Where a reference to a parameter or variable leads; the reference itself when nothing gives it a value. */
    private Located follow(Expr expr, int depth) {
        if (depth > MAX_DEPTH || !(expr instanceof Expr.Ref ref) || ref.path().size() != 1) {
            return new Located(expr, this);
        }
        Located target = lookup(ref.head());
        return target == null ? new Located(expr, this) : target.scope().follow(target.expr(), depth + 1);
    }

    /** What a name stands for here: the caller's binding, the parameter's default, or a variable; null when nothing. */
    private Located lookup(String name) {
        if (bindings.containsKey(name)) {
            Bound bound = bindings.get(name);
            return new Located(bound.expr(), bound.scope());
        }
        if (file.params.containsKey(name)) {
            Expr fallback = file.params.get(name).defaultValue();
            return fallback == null ? null : new Located(fallback, this);
        }
        return file.vars.containsKey(name) ? new Located(file.vars.get(name), this) : null;
    }
}
