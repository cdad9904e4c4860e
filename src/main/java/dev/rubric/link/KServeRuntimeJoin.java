package dev.rubric.link;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ServingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A KServe InferenceService runs on a ServingRuntime (same namespace) or ClusterServingRuntime:
 * the one its {@code runtime:} names, or else one whose {@code supportedModelFormats} auto-select
 * its model format. The runtime holds the serving engine, its image and its arguments, which the
 * InferenceService's serving config takes (its own settings win). Each resolution is a
 * {@code served-by} link (dimension model); a named runtime whose supportedModelFormats leave out the
 * service's model format is a contradicted one; a named runtime, or a format no audited runtime auto-selects, is an
 * unresolved one (the runtime may be installed in the cluster only). An InferenceService that
 * names no model of its own (a NIM runtime, whose image fixes the weights, while its storageUri is
 * only a download cache) serves the runtime's model: it takes the runtime's model, and the
 * runtime's model reference is repeated for it, so the model is named where the service is.
 */
public final class KServeRuntimeJoin implements LinkStep {
    static final String KIND = "served-by";
    private static final String ISVC = "#InferenceService/";
    private static final Set<String> RUNTIME_ONLY = Set.of("supported-model-formats", "auto-select-model-formats");

    /** kind, namespace (null for cluster-scoped) and name of a KServe object, from its serving-config id. */
    private record KServeObject(String kind, String namespace, String name) {
        static KServeObject of(String id) {
            int hash = id.lastIndexOf('#');
            if (hash < 0) {
                return null;
            }
            String[] parts = id.substring(hash + 1).split("/");
            if (parts.length == 3) {
                return new KServeObject(parts[0], parts[1], parts[2]);
            }
            return parts.length == 2 ? new KServeObject(parts[0], null, parts[1]) : null;
        }

        boolean isRuntime() {
            return kind.equals("ServingRuntime") || kind.equals("ClusterServingRuntime");
        }
    }

    @Override
    public String name() {
        return "kserve-runtimes";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        List<ServingConfig> runtimes = new ArrayList<>();
        for (ServingConfig config : evidence.servingConfigs()) {
            KServeObject object = "kserve".equals(config.carrier()) ? KServeObject.of(config.id()) : null;
            if (object != null && object.isRuntime()) {
                runtimes.add(config);
            }
        }
        List<ServingConfig> configs = new ArrayList<>();
        List<ModelRef> models = new ArrayList<>(evidence.models());
        Set<String> modelIds = new java.util.HashSet<>();
        evidence.models().forEach(model -> modelIds.add(model.id()));
        List<Link> links = new ArrayList<>(evidence.links());
        Set<String> known = new java.util.HashSet<>();
        evidence.links().forEach(link -> known.add(link.id()));
        boolean changed = false;
        for (ServingConfig config : evidence.servingConfigs()) {
            if (!"kserve".equals(config.carrier()) || !config.id().contains(ISVC)) {
                configs.add(config);
                continue;
            }
            KServeObject service = KServeObject.of(config.id());
            Map<String, String> settings = config.settings() == null ? Map.of() : config.settings();
            String named = settings.get("runtime");
            String format = settings.get("model-format");
            ServingConfig runtime = named != null ? byName(named, service, config, runtimes)
                    : format != null ? byFormat(format, service, config, runtimes) : null;
            if (runtime == null) {
                configs.add(config);
                String target = named != null ? "runtime:" + named : "runtime-for:" + format;
                if ((named != null || format != null) && known.add(config.id() + " -" + KIND + "-> " + target)) {
                    links.add(Link.of(config.id(), KIND, target, Link.UNRESOLVED, named != null
                            ? "runtime '" + named + "' is not among the audited files (it may exist in the cluster only)"
                            : "no audited ServingRuntime or ClusterServingRuntime auto-selects model format '" + format + "'"));
                }
                continue;
            }
            KServeObject object = KServeObject.of(runtime.id());
            configs.add(attach(config, runtime, object.name()));
            if (config.model() == null && runtime.model() != null) {
                ModelRef served = servedModel(config, runtime, object, evidence.models());
                if (served != null && modelIds.add(served.id())) {
                    models.add(served);
                }
            }
            changed = true;
            String supported = runtime.settings() == null ? null : runtime.settings().get("supported-model-formats");
            if (named != null && format != null && supported != null && !supports(supported, format)) {
                links.add(Link.of(config.id(), KIND, runtime.id(), Link.CONTRADICTED, "InferenceService " + service.name()
                        + " names " + object.kind() + " " + object.name() + " for model format '" + format
                        + "', which the runtime does not list among its supportedModelFormats (" + supported
                        + "): KServe rejects the service, or serves it with a runtime that cannot load the model"));
                continue;
            }
            links.add(Link.of(config.id(), KIND, runtime.id(), Link.VERIFIED, "InferenceService " + service.name()
                    + (named != null ? " names " : " auto-selects ") + object.kind() + " " + object.name()
                    + (runtime.image() != null && runtime.image().ref() != null ? " (image " + runtime.image().ref() + ")" : "")));
        }
        if (!changed && links.size() == evidence.links().size()) {
            return evidence;
        }
        // the builder's order: models by id
        models.sort(java.util.Comparator.comparing(ModelRef::id));
        return evidence.withServingConfigs(List.copyOf(configs)).withModels(List.copyOf(models))
                .withLinks(List.copyOf(links));
    }

    /** The runtime's model reference, repeated for the service that runs on it; null when the runtime has none. */
    private static ModelRef servedModel(ServingConfig service, ServingConfig runtime, KServeObject object,
                                        List<ModelRef> models) {
        for (ModelRef model : models) {
            if (runtime.id().equals(model.referencedBy()) && runtime.model().equals(model.name())) {
                return new ModelRef(service.id() + "#model:runtime", service.location(), model.name(), model.provider(),
                        model.revision(), model.pinning(), model.reason() + " (served through " + object.kind() + " "
                        + object.name() + ")", service.id(), "runtime.model", model.deployment(),
                        model.resolvedDeployment());
            }
        }
        return null;
    }

    private static ServingConfig byName(String name, KServeObject service, ServingConfig config, List<ServingConfig> runtimes) {
        return pick(service, config, runtimes, runtime -> KServeObject.of(runtime.id()).name().equals(name));
    }

    private static ServingConfig byFormat(String format, KServeObject service, ServingConfig config, List<ServingConfig> runtimes) {
        return pick(service, config, runtimes, runtime -> {
            String selected = runtime.settings() == null ? null : runtime.settings().get("auto-select-model-formats");
            return selected != null && supports(selected, format);
        });
    }

    /** Of the runtimes that fit, a ServingRuntime of the same source and namespace first, then a ClusterServingRuntime. */
    private static ServingConfig pick(KServeObject service, ServingConfig config, List<ServingConfig> runtimes,
                                      java.util.function.Predicate<ServingConfig> fits) {
        ServingConfig cluster = null;
        for (ServingConfig runtime : runtimes) {
            KServeObject object = KServeObject.of(runtime.id());
            if (!sameSource(config, runtime) || !fits.test(runtime)) {
                continue;
            }
            if (object.kind().equals("ServingRuntime") && sameNamespace(service, object)) {
                return runtime;
            }
            if (object.kind().equals("ClusterServingRuntime") && cluster == null) {
                cluster = runtime;
            }
        }
        return cluster;
    }

    /** "huggingface" matches any version of the format; "huggingface:1" needs that version or none. */
    private static boolean supports(String selected, String format) {
        String[] wanted = format.split(":", 2);
        for (String offered : selected.split(",")) {
            String[] parts = offered.split(":", 2);
            if (parts[0].equalsIgnoreCase(wanted[0]) && (wanted.length == 1 || parts.length == 1 || parts[1].equals(wanted[1]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSource(ServingConfig a, ServingConfig b) {
        return a.location().source().equals(b.location().source());
    }

    private static boolean sameNamespace(KServeObject service, KServeObject runtime) {
        return service.namespace() == null || runtime.namespace() == null || service.namespace().equals(runtime.namespace());
    }

    private static ServingConfig attach(ServingConfig service, ServingConfig runtime, String runtimeName) {
        Map<String, String> settings = new TreeMap<>(service.settings() == null ? Map.of() : service.settings());
        if (runtime.settings() != null) {
            runtime.settings().forEach((key, value) -> {
                if (!RUNTIME_ONLY.contains(key)) {
                    settings.putIfAbsent(key, value);
                }
            });
        }
        settings.put("runtime", runtimeName);
        String engine = "kserve".equals(service.engine()) && runtime.engine() != null ? runtime.engine() : service.engine();
        // a service without a model of its own serves the runtime's (a NIM image names its weights)
        boolean runtimeModel = service.model() == null && runtime.model() != null;
        return new ServingConfig(service.id(), service.location(), engine, service.carrier(),
                runtimeModel ? runtime.model() : service.model(), runtimeModel ? runtime.revision() : service.revision(),
                runtimeModel ? runtime.modelPinning() : service.modelPinning(), service.servedModelNames(), service.loraModules(),
                service.maxLoraRank() != null ? service.maxLoraRank() : runtime.maxLoraRank(),
                service.maxLoras() != null ? service.maxLoras() : runtime.maxLoras(),
                service.promptLogging() != null ? service.promptLogging() : runtime.promptLogging(),
                settings, service.unresolved(), service.image() != null ? service.image() : runtime.image());
    }
}
