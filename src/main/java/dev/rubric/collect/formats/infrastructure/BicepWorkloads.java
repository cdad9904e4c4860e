package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.formats.infrastructure.BicepScope.Located;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Azure Container Apps a Bicep file deploys, as {@link Workload}s of kind {@code ContainerApp}
 * (and its App Service apps, kind {@code AppService}, read by {@link BicepAppServices} the same way):
 * a {@code Microsoft.App/containerApps} resource, a call of azd's core module
 * ({@code core/host/container-app.bicep}, {@code container-app-upsert.bicep}) or of the Azure
 * Verified Module {@code avm/res/app/container-app}, whose parameters are the app's settings
 * (the module files themselves are not evaluated: their defaults, such as azd's hello-world
 * image, are replaced at deploy time), and the container apps of a local module the file calls,
 * evaluated with the caller's parameters ({@link BicepScope}). What becomes of tags and env is
 * {@link AzureWorkloads}'s.
 *
 * <p>A container app whose name is a parameter without a default is a template: its caller names
 * it, so it is reported where it is called, once per call, and not in its own file.
 */
final class BicepWorkloads {
    private static final int MAX_MODULE_DEPTH = 4;

    private final String subjectId;
    private final String sourceId;
    private final String relativePath;
    private final Function<String, BicepFile> modules;
    private final List<Workload> out = new ArrayList<>();

    /**
     * @param modules reads a local module by its path as written in the {@code module} declaration
     *                (relative to the calling file), null when there is none or it cannot be read
     */
    private BicepWorkloads(String subjectId, String sourceId, String relativePath, Function<String, BicepFile> modules) {
        this.subjectId = subjectId;
        this.sourceId = sourceId;
        this.relativePath = relativePath;
        this.modules = modules;
    }

    static List<Workload> read(BicepFile file, String subjectId, String sourceId, String relativePath,
                               Function<String, BicepFile> modules) {
        BicepWorkloads reader = new BicepWorkloads(subjectId, sourceId, relativePath, modules);
        reader.visit(BicepScope.top(file), "", 0, 0);
        return reader.out;
    }

    /** Whether a module path is a container app module whose parameters are the app's settings. */
    static boolean containerAppModule(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("br/") || lower.startsWith("br:")) {
            String name = lower.replaceFirst(":[^:/]*$", "");
            return name.endsWith("avm/res/app/container-app");
        }
        String file = lower.substring(lower.lastIndexOf('/') + 1);
        return file.equals("container-app.bicep") || file.equals("container-app-upsert.bicep");
    }

    /**
     * @param prefix   the symbols of the module calls that led here, for the subject id
     * @param callLine the line of the outermost call in the audited file, 0 in the file itself
     */
    private void visit(BicepScope scope, String prefix, int callLine, int depth) {
        for (BicepFile.Declaration resource : scope.file.resources) {
            if (resource.type().toLowerCase(Locale.ROOT).equals(AzureWorkloads.CONTAINER_APP_TYPE)
                    && unrolled(resource.body()) instanceof Expr.Obj body) {
                Expr name = body.get("name");
                if (!reports(scope, name, depth)) {
                    continue;
                }
                Expr properties = body.get("properties");
                Expr template = properties instanceof Expr.Obj props ? props.get("template") : null;
                Expr containers = template instanceof Expr.Obj t ? t.get("containers") : null;
                add(scope, prefix + resource.symbol(), depth > 0 ? callLine : resource.line(), name, body.get("tags"),
                        containerList(scope, containers), resource.type());
            } else if (resource.type().toLowerCase(Locale.ROOT).equals(AzureWorkloads.APP_SERVICE_TYPE)
                    && unrolled(resource.body()) instanceof Expr.Obj body) {
                Expr name = body.get("name");
                if (!reports(scope, name, depth)) {
                    continue;
                }
                BicepAppServices.App app = BicepAppServices.ofResource(scope, body, appSettingsOf(scope, resource));
                add(new Declared(scope, prefix + resource.symbol(), depth > 0 ? callLine : resource.line(), resource.type(),
                        AzureWorkloads.APP_SERVICE), name, body.get("tags"), List.of(app.container()), app.annotations());
            }
        }
        for (BicepFile.Declaration module : scope.file.modules) {
            if (!(unrolled(module.body()) instanceof Expr.Obj body) || !(body.get("params") instanceof Expr.Obj params)) {
                continue;
            }
            int line = depth > 0 ? callLine : module.line();
            if (containerAppModule(module.type())) {
                Expr name = params.get("name");
                if (!reports(scope, name, depth)) {
                    continue;
                }
                List<AzureWorkloads.Draft> containers = module.type().contains("avm/")
                        ? containerList(scope, params.get("containers"))
                        : List.of(azdContainer(scope, params));
                add(scope, prefix + module.symbol(), line, name, params.get("tags"), containers, module.type());
            } else if (BicepAppServices.appServiceModule(module.type())) {
                Expr name = params.get("name");
                if (!reports(scope, name, depth)) {
                    continue;
                }
                BicepAppServices.App app = BicepAppServices.ofModule(scope, params, BicepAppServices.avm(module.type()));
                add(new Declared(scope, prefix + module.symbol(), line, module.type(), AzureWorkloads.APP_SERVICE), name,
                        params.get("tags"), List.of(app.container()), app.annotations());
            } else if (depth < MAX_MODULE_DEPTH && module.type().endsWith(".bicep") && !module.type().contains(":")) {
                BicepFile callee = modules.apply(module.type());
                if (callee != null) {
                    visit(scope.call(callee, params), prefix + module.symbol() + ".", line, depth + 1);
                }
            }
        }
    }

    /**
     * The {@code appsettings} and {@code web} config resources of a site in its file: those naming it as their
     * {@code parent}, and, when the file declares one site only, those nested in it or without a parent.
     */
    private static List<Expr.Obj> appSettingsOf(BicepScope scope, BicepFile.Declaration site) {
        long sites = scope.file.resources.stream()
                .filter(r -> r.type().toLowerCase(Locale.ROOT).equals(AzureWorkloads.APP_SERVICE_TYPE)).count();
        List<Expr.Obj> out = new ArrayList<>();
        for (BicepFile.Declaration resource : scope.file.resources) {
            if (!resource.type().toLowerCase(Locale.ROOT).equals(AzureWorkloads.APP_SERVICE_TYPE + "/config")
                    || !(unrolled(resource.body()) instanceof Expr.Obj body) || !BicepAppServices.settingsConfig(scope, body)) {
                continue;
            }
            Expr parent = body.get("parent");
            boolean mine = parent instanceof Expr.Ref ref ? ref.path().equals(List.of(site.symbol())) : parent == null && sites == 1;
            if (mine) {
                out.add(body);
            }
        }
        return out;
    }

    /**
     * The body of a declaration, the one written inside {@code [for x in items: …]} for a loop: the
     * loop is one workload, whose values that depend on {@code x} stay expressions.
     */
    private static Expr unrolled(Expr body) {
        return body instanceof Expr.For loop ? loop.body() : body;
    }

    /**
     * Whether the audited file reports a container app reached through {@code depth} module calls: a
     * file reports those of its own that are not templates, and those that the module it calls does
     * not report (a template there is named by the call). A test harness calling {@code main.bicep}
     * therefore does not repeat what {@code main.bicep} reports.
     */
    private static boolean reports(BicepScope scope, Expr name, int depth) {
        return scope.templateName(name) == (depth % 2 == 1);
    }

    /** azd's core module: one container, its settings as the module's parameters. */
    private static AzureWorkloads.Draft azdContainer(BicepScope scope, Expr.Obj params) {
        Map<String, String> limits = new TreeMap<>();
        AzureWorkloads.limit(limits, "cpu", scope.value(params.get("containerCpuCoreCount")));
        AzureWorkloads.limit(limits, "memory", scope.value(params.get("containerMemory")));
        List<String> envFrom = new ArrayList<>();
        List<EnvVar> env = params.get("env") == null ? List.of() : env(scope, params.get("env"), envFrom);
        return new AzureWorkloads.Draft(scope.value(params.get("containerName")), scope.value(params.get("imageName")),
                env, envFrom, limits);
    }

    /** {@code template.containers} of a resource, or the AVM module's {@code containers} parameter. */
    private static List<AzureWorkloads.Draft> containerList(BicepScope scope, Expr containers) {
        List<AzureWorkloads.Draft> out = new ArrayList<>();
        if (containers == null) {
            return out;
        }
        for (Located item : scope.items(containers, new ArrayList<>())) {
            if (!(item.expr() instanceof Expr.Obj container)) {
                continue;
            }
            BicepScope at = item.scope();
            Map<String, String> limits = new TreeMap<>();
            if (container.get("resources") instanceof Expr.Obj resources) {
                AzureWorkloads.limit(limits, "cpu", at.value(resources.get("cpu")));
                AzureWorkloads.limit(limits, "memory", at.value(resources.get("memory")));
            }
            List<String> envFrom = new ArrayList<>();
            List<EnvVar> env = container.get("env") == null ? List.of() : env(at, container.get("env"), envFrom);
            out.add(new AzureWorkloads.Draft(at.value(container.get("name")), at.value(container.get("image")), env, envFrom, limits));
        }
        return out;
    }

    /**
     * {@code [{name, value}]} and {@code [{name, secretRef}]}: a literal value is kept unless it looks
     * secret; a secret reference keeps the secret's name; a value decided at deploy time keeps the
     * parameter ({@code valueFrom: parameter}) or expression ({@code valueFrom: expression}).
     */
    static List<EnvVar> env(BicepScope scope, Expr list, List<String> envFrom) {
        List<String> unknown = new ArrayList<>();
        List<EnvVar> out = new ArrayList<>();
        for (Located item : scope.items(list, unknown)) {
            if (!(item.expr() instanceof Expr.Obj entry)) {
                unknown.add(item.scope().value(item.expr()).shown());
                continue;
            }
            InfraValue name = item.scope().value(entry.get("name"));
            if (name == null || name.value() == null) {
                continue;
            }
            EnvVar env = AzureWorkloads.envVar(name.value(), item.scope().value(entry.get("value")),
                    item.scope().value(entry.get("secretRef")));
            if (env != null) {
                out.add(env);
            }
        }
        decidedAtDeployTime(unknown, envFrom);
        return out;
    }

    /**
     * Env written as an object ({@code {AZURE_OPENAI_MODEL: openAIModel}}, App Service's app
     * settings), through parameters, variables and {@code union}, under the same rules as {@link #env}.
     */
    static List<EnvVar> envObject(BicepScope scope, Expr object, List<String> envFrom) {
        List<String> unknown = new ArrayList<>();
        List<EnvVar> out = new ArrayList<>();
        scope.entries(object, unknown).forEach((name, value) -> {
            EnvVar env = AzureWorkloads.envVar(name, value.value(), null);
            if (env != null) {
                out.add(env);
            }
        });
        decidedAtDeployTime(unknown, envFrom);
        return out;
    }

    /** A part of the env handed over whole, decided at deploy time: where the rest of the env comes from. */
    private static void decidedAtDeployTime(List<String> unknown, List<String> envFrom) {
        unknown.forEach(part -> envFrom.add("bicep:" + Secrets.scrubText(part)));
    }

    /** A workload's declaration: the scope it is evaluated in, its symbol path, line, what declared it, and its kind. */
    private record Declared(BicepScope scope, String symbol, int line, String type, String kind) {
    }

    private void add(BicepScope scope, String symbol, int line, Expr nameExpr, Expr tagsExpr,
                     List<AzureWorkloads.Draft> drafts, String type) {
        add(new Declared(scope, symbol, line, type, AzureWorkloads.CONTAINER_APP), nameExpr, tagsExpr, drafts, Map.of());
    }

    private void add(Declared declared, Expr nameExpr, Expr tagsExpr, List<AzureWorkloads.Draft> drafts,
                     Map<String, String> annotations) {
        Map<String, InfraValue> tags = new TreeMap<>();
        List<String> unknownTags = new ArrayList<>();
        if (tagsExpr != null) {
            declared.scope().entries(tagsExpr, unknownTags).forEach((key, value) -> tags.put(key, value.value()));
        }
        AzureWorkloads.Site site = new AzureWorkloads.Site(subjectId + "#" + declared.kind() + "/" + declared.symbol(), sourceId,
                relativePath, declared.line(), declared.type(), declared.kind());
        out.add(AzureWorkloads.workload(site, tags, unknownTags, declared.scope().value(nameExpr), drafts, annotations));
    }
}
