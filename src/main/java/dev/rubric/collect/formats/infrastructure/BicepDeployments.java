package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.DeploymentDraft.Resolved;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.ModelDeployment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The model deployments a Bicep file declares: {@code Microsoft.CognitiveServices/accounts/deployments}
 * resources, and the objects handed to a module through a parameter named {@code …deployments}
 * (the azd templates' and Azure Verified Modules' pattern), followed through variables, arrays,
 * conditionals and {@code union}/{@code concat}. A field given by a parameter keeps the parameter's
 * name; {@code !empty(p) ? p : 'x'} is the templates' idiom for "p, or x when p is empty".
 */
final class BicepDeployments {
    static final String DEPLOYMENTS_TYPE = "microsoft.cognitiveservices/accounts/deployments";

    private final BicepFile file;
    private final Set<Expr.Obj> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private BicepDeployments(BicepFile file) {
        this.file = file;
    }

    static List<DeploymentDraft> read(BicepFile file) {
        return new BicepDeployments(file).all();
    }

    private List<DeploymentDraft> all() {
        List<DeploymentDraft> out = new ArrayList<>();
        for (BicepFile.Declaration resource : file.resources) {
            if (resource.type().toLowerCase(Locale.ROOT).equals(DEPLOYMENTS_TYPE)) {
                Expr body = resource.body() instanceof Expr.For loop ? loop.body() : resource.body();
                if (body instanceof Expr.Obj object && seen.add(object)) {
                    DeploymentDraft draft = fromResource(object);
                    if (draft != null) {
                        draft.symbol = resource.symbol();
                        out.add(draft);
                    }
                }
            }
        }
        for (BicepFile.Declaration module : file.modules) {
            Expr body = module.body() instanceof Expr.For loop ? loop.body() : module.body();
            if (body instanceof Expr.Obj object && object.get("params") instanceof Expr.Obj params) {
                for (Map.Entry<String, Expr> param : params.entries().entrySet()) {
                    if (param.getKey().toLowerCase(Locale.ROOT).endsWith("deployments")) {
                        List<Expr.Obj> objects = new ArrayList<>();
                        reach(param.getValue(), objects, new HashSet<>());
                        for (Expr.Obj candidate : objects) {
                            if (seen.add(candidate)) {
                                DeploymentDraft draft = fromObject(candidate, candidate.get("model"), candidate);
                                if (draft != null) {
                                    out.add(draft);
                                }
                            }
                        }
                    }
                }
            }
        }
        out.forEach(this::envVars);
        return out;
    }

    /** The object literals an expression can evaluate to, through variables and the array builders. */
    private void reach(Expr expr, List<Expr.Obj> out, Set<String> visited) {
        if (expr instanceof Expr.Obj object && object.get("model") != null) {
            out.add(object);
        } else if (expr instanceof Expr.Arr array) {
            array.items().forEach(item -> reach(item, out, visited));
        } else if (expr instanceof Expr.Conditional conditional) {
            reach(conditional.then(), out, visited);
            reach(conditional.otherwise(), out, visited);
        } else if (expr instanceof Expr.Call call && Set.of("union", "concat", "flatten", "array").contains(call.name())) {
            call.args().forEach(arg -> reach(arg, out, visited));
        } else if (expr instanceof Expr.Ref ref && ref.path().size() == 1 && file.vars.containsKey(ref.head())
                && visited.add(ref.head())) {
            reach(file.vars.get(ref.head()), out, visited);
        }
    }

    private DeploymentDraft fromResource(Expr.Obj body) {
        Expr properties = body.get("properties");
        Expr model = properties instanceof Expr.Obj props ? props.get("model") : null;
        DeploymentDraft draft = fromObject(body, model, properties instanceof Expr.Obj props ? props : null);
        if (draft != null && properties instanceof Expr.Obj props && props.get("versionUpgradeOption") != null) {
            draft.set(DeploymentDraft.UPGRADE, resolve(props.get("versionUpgradeOption")));
        }
        return draft;
    }

    /**
     * @param holder the object holding {@code versionUpgradeOption} (the deployment object itself in
     *               the module pattern, {@code properties} in a resource)
     */
    private DeploymentDraft fromObject(Expr.Obj object, Expr modelExpr, Expr.Obj holder) {
        Expr.Obj model = objectOf(modelExpr);
        if (model == null || model.get("name") == null) {
            return null;
        }
        DeploymentDraft draft = new DeploymentDraft(ModelDeployment.AZURE, "bicep", object.line());
        draft.set(DeploymentDraft.MODEL, resolve(model.get("name")));
        if (!draft.namesModel()) {
            return null;
        }
        draft.set(DeploymentDraft.DEPLOYMENT, resolve(object.get("name")));
        Resolved format = resolve(model.get("format"));
        draft.modelFormat = format == null ? null : format.value();
        draft.set(DeploymentDraft.VERSION, resolve(model.get("version")));
        if (holder != null && holder.get("versionUpgradeOption") != null) {
            draft.set(DeploymentDraft.UPGRADE, resolve(holder.get("versionUpgradeOption")));
        }
        Expr.Obj sku = objectOf(object.get("sku"));
        if (sku != null) {
            draft.set(DeploymentDraft.SKU, resolve(sku.get("name")));
            draft.set(DeploymentDraft.CAPACITY, resolve(sku.get("capacity")));
        }
        draft.nameExpression = object.get("name");
        return draft;
    }

    private Expr.Obj objectOf(Expr expr) {
        Expr target = follow(expr, 0);
        return target instanceof Expr.Obj object ? object : null;
    }

    /** Follows variable references and member access into object literals. */
    private Expr follow(Expr expr, int depth) {
        if (depth > 16 || !(expr instanceof Expr.Ref ref) || !file.vars.containsKey(ref.head())) {
            return expr;
        }
        Expr current = follow(file.vars.get(ref.head()), depth + 1);
        for (String member : ref.path().subList(1, ref.path().size())) {
            if (!(current instanceof Expr.Obj object) || object.get(member) == null) {
                return expr;
            }
            current = follow(object.get(member), depth + 1);
        }
        return current;
    }

    Resolved resolve(Expr expr) {
        return resolve(expr, 0);
    }

    private Resolved resolve(Expr expr, int depth) {
        if (expr == null) {
            return null;
        }
        if (depth > 16) {
            return Resolved.unresolved(expr.text());
        }
        if (expr instanceof Expr.Literal literal) {
            return Resolved.of(literal.value(), literal.line());
        }
        if (expr instanceof Expr.Template template) {
            return template.only() != null ? resolve(template.only(), depth + 1) : Resolved.unresolved(template.text());
        }
        if (expr instanceof Expr.Ref ref) {
            if (ref.path().size() == 1 && file.params.containsKey(ref.head())) {
                BicepFile.Param param = file.params.get(ref.head());
                Resolved fallback = resolve(param.defaultValue(), depth + 1);
                return new Resolved(fallback == null ? null : fallback.value(), param.name(), false, null,
                        fallback == null ? 0 : fallback.line());
            }
            Expr followed = follow(ref, depth + 1);
            return followed == ref ? Resolved.unresolved(ref.text()) : resolve(followed, depth + 1);
        }
        if (expr instanceof Expr.Conditional conditional && conditional.condition().text().equals("!empty(" + conditional.then().text() + ")")) {
            Resolved then = resolve(conditional.then(), depth + 1);
            Resolved otherwise = resolve(conditional.otherwise(), depth + 1);
            if (then != null && then.parameter() != null && otherwise != null && otherwise.value() != null) {
                boolean own = then.value() != null && !then.value().isEmpty();
                return new Resolved(own ? then.value() : otherwise.value(), then.parameter(), true, null,
                        own ? then.line() : otherwise.line());
            }
        }
        return Resolved.unresolved(expr.text());
    }

    /**
     * The variables that carry the deployment name to the application: outputs ({@code azd} makes
     * each an environment variable), app-setting keys and {@code {name, value}} env entries whose
     * value is the same expression as the deployment's name, or the parameter behind it.
     */
    private void envVars(DeploymentDraft draft) {
        if (draft.nameExpression == null) {
            return;
        }
        Set<String> same = new HashSet<>();
        same.add(draft.nameExpression.text());
        String parameter = draft.parameters.get(DeploymentDraft.DEPLOYMENT);
        if (parameter != null) {
            same.add(parameter);
        }
        if (draft.symbol != null) {
            same.add(draft.symbol + ".name");
        }
        for (BicepFile.Output output : file.outputs) {
            if (carries(output.value(), same)) {
                draft.envVars.add(output.name());
            }
        }
        for (Expr value : file.vars.values()) {
            settings(value, same, draft);
        }
        for (BicepFile.Declaration declaration : file.modules) {
            settings(declaration.body(), same, draft);
        }
        for (BicepFile.Declaration declaration : file.resources) {
            settings(declaration.body(), same, draft);
        }
    }

    private static void settings(Expr expr, Set<String> same, DeploymentDraft draft) {
        if (expr instanceof Expr.Obj object) {
            Expr name = object.get("name");
            Expr value = object.get("value");
            if (name instanceof Expr.Literal literal && isVariableName(literal.value()) && carries(value, same)) {
                draft.envVars.add(literal.value());
            }
            for (Map.Entry<String, Expr> entry : object.entries().entrySet()) {
                if (isVariableName(entry.getKey()) && carries(entry.getValue(), same)) {
                    draft.envVars.add(entry.getKey());
                }
                settings(entry.getValue(), same, draft);
            }
        } else if (expr instanceof Expr.Arr array) {
            array.items().forEach(item -> settings(item, same, draft));
        } else if (expr instanceof Expr.Call call) {
            call.args().forEach(arg -> settings(arg, same, draft));
        } else if (expr instanceof Expr.For loop) {
            settings(loop.body(), same, draft);
        } else if (expr instanceof Expr.Conditional conditional) {
            settings(conditional.then(), same, draft);
            settings(conditional.otherwise(), same, draft);
        }
    }

    private static boolean carries(Expr value, Set<String> same) {
        if (value == null) {
            return false;
        }
        if (same.contains(value.text())) {
            return true;
        }
        return value instanceof Expr.Conditional conditional
                && (carries(conditional.then(), same) || carries(conditional.otherwise(), same));
    }

    /**
     * A setting name that reads as an app's environment variable: conventionally spelled, and of
     * several words ({@code AZURE_OPENAI_CHAT_DEPLOYMENT}), so that a one-word Bicep parameter is not one.
     */
    static boolean isVariableName(String name) {
        return EnvVar.conventionalName(name) && name.indexOf('_') > 0;
    }
}
