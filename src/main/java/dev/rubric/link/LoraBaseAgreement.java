package dev.rubric.link;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.ServingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A LoRA adapter works only on the base model it was trained on: vLLM, TGI or LoRAX load it onto
 * whatever base they serve and answer with a model nobody trained. Each adapter a server loads
 * ({@code --lora-modules name=path}) is joined to the adapter record or recipe that produces it
 * (a PEFT {@code adapter_config.json} in that folder, a recipe whose output or hub repository is
 * that path) and checked: {@code serves-adapter} verified when the adapter's base model (and
 * revision, when both record one) is the served model, contradicted when it is another,
 * unresolved when no audited record produces the adapter or the server loads its base from a
 * path that does not say which model it holds. {@code fits-lora-rank}: the adapter's rank {@code r}
 * against the server's {@code --max-lora-rank} (vLLM's default is 16), contradicted when the
 * server refuses an adapter that large.
 */
public final class LoraBaseAgreement implements LinkStep {
    static final String SERVES = "serves-adapter";
    static final String RANK = "fits-lora-rank";
    /** vLLM's {@code --max-lora-rank} when the flag is absent. */
    static final long VLLM_DEFAULT_MAX_RANK = 16;
    private final ModelNames names;

    public LoraBaseAgreement(ModelNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "lora-base-models";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        List<FineTune> adapters = adapters(evidence);
        LinkSet links = new LinkSet(evidence.links());
        for (ServingConfig server : evidence.servingConfigs()) {
            if (server.loraModules() == null || !SettingFiles.inProduction(server.location())) {
                continue;
            }
            for (String module : server.loraModules()) {
                String path = module.contains("=") ? module.substring(module.indexOf('=') + 1) : module;
                FineTune adapter = producing(path, server, adapters);
                if (adapter == null) {
                    links.add(Link.of(server.id(), SERVES, "adapter:" + path, Link.UNRESOLVED, "the server loads adapter '"
                            + path + "', which no audited adapter_config.json or fine-tuning recipe produces: its base"
                            + " model cannot be checked against the served " + describe(server)));
                    continue;
                }
                links.add(base(server, adapter, path));
                Link rank = rank(server, adapter, path);
                if (rank != null) {
                    links.add(rank);
                }
            }
        }
        return links.added() ? evidence.withLinks(links.list()) : evidence;
    }

    private Link base(ServingConfig server, FineTune adapter, String path) {
        String trained = "adapter '" + path + "' was trained on " + adapter.baseModel()
                + (adapter.baseModelRevision() != null ? " at revision " + adapter.baseModelRevision() : "")
                + " (" + where(adapter) + ")";
        if (server.model() == null || isPath(server.model())) {
            return Link.of(server.id(), SERVES, adapter.id(), Link.UNRESOLVED, trained + ", and the server loads its base "
                    + (server.model() == null ? "from a value not in the audited files" : "from " + server.model()
                    + ", a path that does not say which model it holds"));
        }
        if (!names.compare(adapter.baseModel(), server.model()).agrees()) {
            return Link.of(server.id(), SERVES, adapter.id(), Link.CONTRADICTED, trained + ", but the server serves "
                    + server.model() + ": the adapter is applied to a base model it was not trained for");
        }
        if (adapter.baseModelRevision() != null && server.revision() != null
                && !Revisions.same(adapter.baseModelRevision(), server.revision())) {
            return Link.of(server.id(), SERVES, adapter.id(), Link.CONTRADICTED, trained + ", but the server serves "
                    + server.model() + " at revision " + server.revision() + ": other weights under the same name");
        }
        String revision = adapter.baseModelRevision() != null && server.revision() != null ? ", at the same revision"
                : adapter.baseModelRevision() == null && server.revision() == null ? "; neither records a revision"
                : adapter.baseModelRevision() == null ? "; the adapter does not record which revision"
                : "; the server does not pin a revision";
        return Link.of(server.id(), SERVES, adapter.id(), Link.VERIFIED, trained + ", the model the server serves"
                + revision);
    }

    private static Link rank(ServingConfig server, FineTune adapter, String path) {
        if (adapter.loraRank() == null) {
            return null;
        }
        boolean vllm = server.engine() != null && server.engine().toLowerCase(Locale.ROOT).startsWith("vllm");
        Long limit = server.maxLoraRank() != null ? server.maxLoraRank() : vllm ? Long.valueOf(VLLM_DEFAULT_MAX_RANK) : null;
        if (limit == null) {
            return null;
        }
        String flag = server.maxLoraRank() != null ? "--max-lora-rank " + limit
                : "vLLM's default --max-lora-rank of " + limit + " (the flag is not set)";
        return adapter.loraRank() > limit
                ? Link.of(server.id(), RANK, adapter.id(), Link.CONTRADICTED, "adapter '" + path + "' has rank "
                        + adapter.loraRank() + " (" + where(adapter) + "), above " + flag + ": the server refuses to load it")
                : Link.of(server.id(), RANK, adapter.id(), Link.VERIFIED, "adapter '" + path + "' has rank "
                        + adapter.loraRank() + " (" + where(adapter) + "), within " + flag);
    }

    /** The production adapter records and recipes: what a server's {@code --lora-modules} path can be joined to. */
    static List<FineTune> adapters(Evidence evidence) {
        List<FineTune> adapters = new ArrayList<>();
        for (FineTune tune : evidence.fineTunes()) {
            if (tune.baseModel() != null && SettingFiles.inProduction(tune.location()) && isAdapter(tune)) {
                adapters.add(tune);
            }
        }
        return adapters;
    }

    static boolean isAdapter(FineTune tune) {
        String method = tune.method() == null ? "" : tune.method().toLowerCase(Locale.ROOT);
        return tune.loraRank() != null || method.contains("lora") || "peft".equals(tune.framework());
    }

    /**
     * The adapter record whose folder, output or hub repository is the path a server loads. When
     * several describe it (the folder's adapter_config.json and its model card), the one that
     * records the adapter's rank is the adapter's own configuration: it is preferred.
     */
    static FineTune producing(String path, ServingConfig server, List<FineTune> adapters) {
        FineTune first = null;
        for (FineTune adapter : matching(path, server, adapters)) {
            if (adapter.loraRank() != null) {
                return adapter;
            }
            first = first == null ? adapter : first;
        }
        return first;
    }

    private static List<FineTune> matching(String path, ServingConfig server, List<FineTune> adapters) {
        List<FineTune> out = new ArrayList<>();
        for (FineTune adapter : adapters) {
            if (adapter.location().source().equals(server.location().source()) && produces(adapter, path)) {
                out.add(adapter);
            }
        }
        return out;
    }

    /** Whether the adapter's folder, output or hub repository is {@code path} (the same adapter, named from elsewhere). */
    static boolean produces(FineTune adapter, String path) {
        String wanted = normal(path);
        List<String> places = new ArrayList<>();
        places.add(SettingFiles.directory(adapter.location().path()));
        if (adapter.output() != null) {
            places.add(adapter.output());
        }
        Map<String, String> tracking = adapter.tracking() == null ? Map.of() : adapter.tracking();
        places.addAll(tracking.values());
        for (String place : places) {
            String known = normal(place);
            if (!known.isEmpty() && (known.equals(wanted) || known.endsWith("/" + wanted) || wanted.endsWith("/" + known)
                    || last(known).equals(last(wanted)))) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String path) {
        String out = path.strip();
        while (out.startsWith("./") || out.startsWith("/")) {
            out = out.substring(out.startsWith("./") ? 2 : 1);
        }
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean isPath(String model) {
        return model.startsWith("/") || model.startsWith("./") || model.startsWith("../") || (model.contains("://") && !model.startsWith("hf://"));
    }

    static String where(FineTune adapter) {
        return adapter.location().path() + (adapter.location().line() != null ? ":" + adapter.location().line() : "");
    }

    private static String describe(ServingConfig server) {
        return server.model() != null ? "base " + server.model() : "base model";
    }
}
