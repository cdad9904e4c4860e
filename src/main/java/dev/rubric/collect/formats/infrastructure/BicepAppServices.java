package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.BicepScope.Located;
import dev.rubric.evidence.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an Azure App Service app (a web or function app, {@code Microsoft.Web/sites}) runs and
 * with which settings, read from Bicep: its app settings are the environment the application
 * reads its deployment names from, and its runtime says what runs. Declared as the resource
 * itself (app settings in {@code properties.siteConfig.appSettings}, or in an {@code appsettings}
 * or {@code web} config resource of the site), as a call of azd's core module {@code core/host/appservice.bicep}
 * (app settings as an object in the {@code appSettings} parameter, the runtime as
 * {@code runtimeName}/{@code runtimeVersion}), or of the Azure Verified Module
 * {@code avm/res/web/site}. An app runs one container, named after the app: its image when the
 * runtime is a container ({@code DOCKER|image:tag}), none for code deployed onto a language runtime.
 */
final class BicepAppServices {
    private static final String DOCKER = "docker|";

    /** The app's one container and the annotations of its kind. */
    record App(AzureWorkloads.Draft container, Map<String, String> annotations) {
    }

    private BicepAppServices() {
    }

    /** Whether a module path is an App Service module whose parameters are the app's settings. */
    static boolean appServiceModule(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("br/") || lower.startsWith("br:")) {
            return lower.replaceFirst(":[^:/]*$", "").endsWith("avm/res/web/site");
        }
        return lower.substring(lower.lastIndexOf('/') + 1).equals("appservice.bicep");
    }

    static boolean avm(String path) {
        return path.toLowerCase(Locale.ROOT).contains("avm/");
    }

    /**
     * A {@code Microsoft.Web/sites} resource; {@code configs} are the bodies of the file's
     * {@code Microsoft.Web/sites/config} resources named {@code appsettings} or {@code web} that
     * belong to it ({@link #settingsConfig}).
     */
    static App ofResource(BicepScope scope, Expr.Obj body, List<Expr.Obj> configs) {
        List<EnvVar> env = new ArrayList<>();
        List<String> envFrom = new ArrayList<>();
        Expr siteConfig = body.get("properties") instanceof Expr.Obj properties ? properties.get("siteConfig") : null;
        InfraValue runtime = siteConfig(scope, siteConfig, env, envFrom);
        for (Expr.Obj config : configs) {
            if ("web".equals(literal(scope, config.get("name")))) {
                InfraValue configured = siteConfig(scope, config.get("properties"), env, envFrom);
                runtime = runtime != null ? runtime : configured;
            } else if (config.get("properties") != null) {
                env.addAll(BicepWorkloads.envObject(scope, config.get("properties"), envFrom));
            }
        }
        return app(scope.value(body.get("kind")), runtime, env, envFrom);
    }

    /** A site configuration's app settings (into {@code env}) and its runtime; null when it names none. */
    private static InfraValue siteConfig(BicepScope scope, Expr siteConfig, List<EnvVar> env, List<String> envFrom) {
        if (!(siteConfig instanceof Expr.Obj site)) {
            return null;
        }
        if (site.get("appSettings") != null) {
            env.addAll(BicepWorkloads.env(scope, site.get("appSettings"), envFrom));
        }
        return scope.value(site.get("linuxFxVersion"));
    }

    /** A call of azd's core module or of the Azure Verified Module, from its parameters. */
    static App ofModule(BicepScope scope, Expr.Obj params, boolean avm) {
        List<EnvVar> env = new ArrayList<>();
        List<String> envFrom = new ArrayList<>();
        InfraValue runtime = scope.value(params.get("linuxFxVersion"));
        if (avm) {
            InfraValue configured = siteConfig(scope, params.get("siteConfig"), env, envFrom);
            runtime = configured != null ? configured : runtime;
            if (params.get("appSettingsKeyValuePairs") != null) {
                env.addAll(BicepWorkloads.envObject(scope, params.get("appSettingsKeyValuePairs"), envFrom));
            }
            if (params.get("configs") != null) {
                for (Located config : scope.items(params.get("configs"), envFrom)) {
                    if (config.expr() instanceof Expr.Obj entry && "appsettings".equals(literal(config.scope(), entry.get("name")))
                            && entry.get("properties") != null) {
                        env.addAll(BicepWorkloads.envObject(config.scope(), entry.get("properties"), envFrom));
                    }
                }
            }
        } else {
            if (params.get("appSettings") != null) {
                env.addAll(BicepWorkloads.envObject(scope, params.get("appSettings"), envFrom));
            }
            InfraValue name = scope.value(params.get("runtimeName"));
            InfraValue version = scope.value(params.get("runtimeVersion"));
            if (runtime == null && name != null) {
                runtime = InfraValue.of(name.shown() + (version == null ? "" : "|" + version.shown()));
            }
        }
        return app(scope.value(params.get("kind")), runtime, env, envFrom);
    }

    /**
     * Whether a {@code Microsoft.Web/sites/config} body holds a site's settings: {@code appsettings}
     * (an object of settings) or {@code web} (a site configuration, with its {@code appSettings} list).
     */
    static boolean settingsConfig(BicepScope scope, Expr.Obj body) {
        String name = literal(scope, body.get("name"));
        return "appsettings".equals(name) || "web".equals(name);
    }

    private static String literal(BicepScope scope, Expr expr) {
        InfraValue value = scope.value(expr);
        return value == null || value.value() == null ? null : value.value().toLowerCase(Locale.ROOT);
    }

    private static App app(InfraValue kind, InfraValue runtime, List<EnvVar> env, List<String> envFrom) {
        Map<String, String> annotations = new TreeMap<>();
        if (kind != null) {
            annotations.put("azure.kind", kind.shown());
        }
        InfraValue image = null;
        if (runtime != null) {
            String shown = runtime.shown();
            if (shown.toLowerCase(Locale.ROOT).startsWith(DOCKER)) {
                String rest = shown.substring(DOCKER.length());
                // a literal stays a literal; an interpolated one (a tag parameter) stays the expression it is
                image = runtime.value() != null ? new InfraValue(rest, runtime.parameter(), runtime.expression())
                        : new InfraValue(null, null, "'" + rest + "'");
            } else if (!shown.isEmpty()) {
                annotations.put("azure.runtime", shown);
            }
        }
        return new App(new AzureWorkloads.Draft(null, image, List.copyOf(env), envFrom, Map.of()), annotations);
    }
}
