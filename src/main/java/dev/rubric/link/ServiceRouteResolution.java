package dev.rubric.link;

import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.Service;
import dev.rubric.evidence.ServingConfig;
import dev.rubric.evidence.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A caller that reaches a model server through a cluster Service names it by URL: a LiteLLM
 * {@code api_base: http://vllm.ml.svc:8000/v1}, an {@code OPENAI_BASE_URL} of a workload's
 * container. This step follows that URL to the Service ({@code <svc>}, {@code <svc>.<ns>},
 * {@code <svc>.<ns>.svc[.<cluster domain>]}; a short name lives in the caller's namespace), and
 * through the Service's selector to the workloads it sends traffic to (controllers only: the
 * ReplicaSets and Pods a Deployment owns carry its labels too, and are the same server).
 *
 * <p>The {@code routes-to} link is verified when exactly one serving workload is behind the
 * Service and its model agrees with the model the caller asks for (a served name or a LoRA
 * adapter's name counts),
 * contradicted when that one server serves another model, and unresolved otherwise — no Service
 * of that name in that namespace, no such port, a selector matching nothing or several servers —
 * each with the reason. A caller that names no model beside its URL (an application whose code
 * picks the model) gets no link when its route holds: there is nothing to compare, and a
 * missing comparison is no broken chain. A URL with any other host (an external
 * API, a DNS name outside {@code .svc}) is not a Service and gets no link.
 */
public final class ServiceRouteResolution implements LinkStep {
    static final String KIND = "routes-to";
    /** Container variables holding the base URL of an OpenAI-compatible API, and those naming its model. */
    private static final List<String> URL_SUFFIXES = List.of("_BASE_URL", "_API_BASE");
    private static final List<String> MODEL_VARIABLES = List.of("OPENAI_MODEL", "OPENAI_MODEL_NAME", "MODEL_NAME", "LLM_MODEL");

    private final ModelNames names;

    public ServiceRouteResolution(ModelNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "service-routes";
    }

    private record Caller(String id, String source, String namespace, String url, String model) {
    }

    @Override
    public Evidence apply(Evidence evidence) {
        if (evidence.services().isEmpty()) {
            return evidence;
        }
        LinkSet links = new LinkSet(evidence.links());
        for (Caller caller : callers(evidence)) {
            ServiceUrl url = ServiceUrl.parse(caller.url(), caller.namespace());
            Link link = url != null && (url.qualified() || knownNamespace(evidence, caller.source(), url.namespace()))
                    ? resolve(evidence, caller, url) : null;
            if (link != null) {
                links.add(link);
            }
        }
        return links.added() ? evidence.withLinks(links.list()) : evidence;
    }

    /**
     * {@code http://vllm:8000} and {@code http://vllm.ml:8000} read as Service names only where the
     * namespace is one of the audited cluster's: elsewhere they are Compose service names or DNS
     * names like {@code ollama.local}, which no Service stands behind.
     */
    private static boolean knownNamespace(Evidence evidence, String source, String namespace) {
        return namespace != null && evidence.services().stream()
                .anyMatch(s -> s.location().source().equals(source) && namespace.equals(s.namespace()));
    }

    private static List<Caller> callers(Evidence evidence) {
        List<Caller> out = new ArrayList<>();
        for (ServingConfig config : evidence.servingConfigs()) {
            String base = config.settings() == null ? null : config.settings().get("api-base");
            if (base != null) {
                out.add(new Caller(config.id(), config.location().source(), namespaceOf(config), base, config.model()));
            }
        }
        for (Workload workload : evidence.workloads()) {
            for (Container container : workload.containers()) {
                String model = container.env().stream().filter(e -> MODEL_VARIABLES.contains(e.name()) && e.value() != null)
                        .map(EnvVar::value).findFirst().orElse(null);
                for (EnvVar env : container.env()) {
                    if (env.value() != null && URL_SUFFIXES.stream().anyMatch(env.name()::endsWith)) {
                        out.add(new Caller(workload.id(), workload.location().source(), workload.namespace(), env.value(),
                                model));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A config's namespace: its location's, else the ConfigMap it was read from, which its id
     * names ({@code …ConfigMap/<namespace>/<name>…}); null for a file outside a cluster.
     */
    private static String namespaceOf(ServingConfig config) {
        if (config.location().namespace() != null) {
            return config.location().namespace();
        }
        String id = config.id();
        int at = id.indexOf("ConfigMap/");
        if (at < 0 || at > 0 && id.charAt(at - 1) != '/' && id.charAt(at - 1) != '#') {
            return null;
        }
        String rest = id.substring(at + "ConfigMap/".length());
        int slash = rest.indexOf('/');
        return slash > 0 ? rest.substring(0, slash) : null;
    }

    private Link resolve(Evidence evidence, Caller caller, ServiceUrl url) {
        String asked = "'" + caller.url() + "'";
        String target = "service:" + url.namespace() + "/" + url.name();
        Service service = evidence.services().stream().filter(s -> s.location().source().equals(caller.source())
                && url.name().equals(s.name()) && url.namespace().equals(s.namespace())).findFirst().orElse(null);
        if (service == null) {
            return Link.of(caller.id(), KIND, target, Link.UNRESOLVED, asked + " names Service " + url.namespace() + "/"
                    + url.name() + ", which was not collected from " + caller.source());
        }
        if (service.ports().stream().noneMatch(p -> Objects.equals(p.port(), (long) url.port()))) {
            return Link.of(caller.id(), KIND, service.id(), Link.UNRESOLVED, asked + " uses port " + url.port()
                    + ", which Service " + service.namespace() + "/" + service.name() + " does not expose");
        }
        if (service.selector().isEmpty()) {
            return Link.of(caller.id(), KIND, service.id(), Link.UNRESOLVED, "Service " + service.namespace() + "/"
                    + service.name() + " selects no pods (no selector: its endpoints are managed elsewhere)");
        }
        List<Workload> behind = evidence.workloads().stream().filter(w -> w.owner() == null
                && w.location().source().equals(service.location().source())
                && Objects.equals(w.namespace(), service.namespace()) && selects(service.selector(), w.podLabels())).toList();
        List<ServingConfig> servers = new ArrayList<>();
        for (Workload workload : behind) {
            evidence.servingConfigs().stream().filter(c -> c.id().startsWith(workload.id() + "/") && c.model() != null)
                    .forEach(servers::add);
        }
        String named = "Service " + service.namespace() + "/" + service.name();
        if (servers.size() != 1) {
            return Link.of(caller.id(), KIND, service.id(), Link.UNRESOLVED, named + (behind.isEmpty()
                    ? " selects no collected workload" : " selects " + behind.size() + " workload(s) running "
                    + servers.size() + " model servers") + ", so " + asked + " cannot be followed to one server");
        }
        ServingConfig server = servers.get(0);
        String serves = named + " sends " + asked + " to " + server.id() + ", which serves "
                + server.model();
        if (caller.model() == null) {
            // the route holds; the model is chosen elsewhere (in code), where the model criteria judge it
            return null;
        }
        if (names.compare(caller.model(), server.model()).agrees()) {
            return Link.of(caller.id(), KIND, server.id(), Link.VERIFIED, serves + ", the model the caller asks for ("
                    + caller.model() + ")");
        }
        if (servesUnderName(server, caller.model())) {
            return Link.of(caller.id(), KIND, server.id(), Link.VERIFIED, serves + ", and answers to the name the caller"
                    + " asks for (" + caller.model() + ")");
        }
        return Link.of(caller.id(), KIND, server.id(), Link.CONTRADICTED, serves + ", not the model the caller asks for ("
                + caller.model() + ")");
    }

    /** A name the server answers to besides its model: a served model name, or a LoRA adapter's name. */
    private boolean servesUnderName(ServingConfig server, String asked) {
        String name = names.withoutProvider(asked);
        if (server.servedModelNames() != null && server.servedModelNames().contains(name)) {
            return true;
        }
        return server.loraModules() != null && server.loraModules().stream()
                .anyMatch(module -> module.indexOf('=') > 0 && module.substring(0, module.indexOf('=')).equals(name));
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return labels != null && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /**
     * The in-cluster Service a URL names, or null when its host cannot be one. {@code qualified}:
     * written with {@code .svc}, which only a cluster's DNS answers.
     */
    record ServiceUrl(String name, String namespace, int port, boolean qualified) {
        static ServiceUrl parse(String url, String callerNamespace) {
            String lower = url.strip().toLowerCase(Locale.ROOT);
            int scheme = lower.indexOf("://");
            if (scheme < 0 || !(lower.startsWith("http://") || lower.startsWith("https://"))) {
                return null;
            }
            String rest = lower.substring(scheme + 3);
            int end = 0;
            while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            String authority = rest.substring(0, end);
            if (authority.contains("@") || authority.startsWith("[")) {
                return null;
            }
            int colon = authority.indexOf(':');
            String host = colon < 0 ? authority : authority.substring(0, colon);
            int port;
            try {
                port = colon < 0 ? (lower.startsWith("https") ? 443 : 80) : Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            String[] labels = host.split("\\.", -1);
            for (String label : labels) {
                if (!label.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
                    return null;
                }
            }
            if (labels.length == 1) {
                // a bare name is a Service of the caller's namespace (or a host a resolver completes: localhost is none)
                return labels[0].equals("localhost") ? null : new ServiceUrl(labels[0], callerNamespace, port, false);
            }
            if (labels.length == 2 || labels[2].equals("svc")) {
                return new ServiceUrl(labels[0], labels[1], port, labels.length > 2);
            }
            return null; // any other DNS name: outside the cluster's Service names
        }
    }
}
