package dev.rubric.link;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.Prompt;
import dev.rubric.evidence.ServingConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Code that calls a self-hosted model server asks for a model by the name the server gives it: a
 * {@code --served-model-name} of the base model, or the name of a LoRA adapter
 * ({@code --lora-modules support=/adapters/support-lora}). Read alone, {@code model="support"} looks
 * like a vendor alias; it is in fact whatever that server serves under that name, and it is exactly
 * as pinned as that: the served base model's verdict, and for an adapter also whether the adapter the
 * server loads was joined to its record with the same base model and revision
 * ({@code serves-adapter} verified by {@link LoraBaseAgreement}, which runs before this step); an
 * adapter no audited record produces is a path nobody can trace.
 *
 * <p>A production model reference, or a prompt's model, whose name is a served name of a production
 * server of the same source takes that verdict, with a reason naming the server, and a
 * {@code served-as} link records the join. Names are compared exactly: a server's names are
 * identifiers the client must send verbatim.
 */
public final class ServedNameResolution implements LinkStep {
    static final String KIND = "served-as";

    @Override
    public String name() {
        return "served-model-names";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        Map<String, Served> byName = servedNames(evidence);
        if (byName.isEmpty()) {
            return evidence;
        }
        LinkSet links = new LinkSet(evidence.links());
        List<ModelRef> models = new ArrayList<>();
        boolean changed = false;
        for (ModelRef ref : evidence.models()) {
            Served served = SettingFiles.inProduction(ref.location()) ? byName.get(key(ref.location().source(), ref.name())) : null;
            if (served == null || served.server.id().equals(ref.referencedBy())) {
                models.add(ref);
                continue;
            }
            models.add(new ModelRef(ref.id(), ref.location(), ref.name(), ref.provider(), ref.revision(), served.pinning,
                    served.reason, ref.referencedBy(), ref.field(), ref.deployment(), ref.resolvedDeployment()));
            links.add(Link.of(ref.id(), KIND, served.server.id(), Link.VERIFIED, "model '" + ref.name() + "' is " + served.what
                    + ": " + served.reason));
            changed = true;
        }
        List<Prompt> prompts = new ArrayList<>();
        for (Prompt prompt : evidence.prompts()) {
            Served served = prompt.model() != null && SettingFiles.inProduction(prompt.location())
                    ? byName.get(key(prompt.location().source(), prompt.model())) : null;
            if (served == null) {
                prompts.add(prompt);
                continue;
            }
            prompts.add(prompt.withModelPinning(served.pinning));
            links.add(Link.of(prompt.id(), KIND, served.server.id(), Link.VERIFIED, "prompt model '" + prompt.model() + "' is "
                    + served.what + ": " + served.reason));
            changed = true;
        }
        return changed ? evidence.withModels(List.copyOf(models)).withPrompts(List.copyOf(prompts)).withLinks(links.list())
                : evidence;
    }

    private record Served(ServingConfig server, String what, String pinning, String reason) {
    }

    /** Every name a production server answers to, by source; a name two servers claim is ambiguous and left out. */
    private static Map<String, Served> servedNames(Evidence evidence) {
        Map<String, Served> out = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<FineTune> adapters = LoraBaseAgreement.adapters(evidence);
        for (ServingConfig server : evidence.servingConfigs()) {
            if (!SettingFiles.inProduction(server.location()) || server.model() == null) {
                continue;
            }
            String place = server.location().path() + (server.location().line() != null ? ":" + server.location().line() : "");
            String baseVerdict = server.modelPinning() == null ? ModelRef.FLOATING : server.modelPinning();
            String base = server.model() + (server.revision() != null ? " at revision " + server.revision() : "");
            for (String name : server.servedModelNames() == null ? List.<String>of() : server.servedModelNames()) {
                put(out, ambiguous, server, name, new Served(server, "the name " + engine(server) + " (" + place
                        + ") serves its base model under", baseVerdict, "served as " + base + reasonSuffix(baseVerdict)));
            }
            for (String module : server.loraModules() == null ? List.<String>of() : server.loraModules()) {
                int eq = module.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = module.substring(0, eq);
                String path = module.substring(eq + 1);
                FineTune adapter = LoraBaseAgreement.producing(path, server, adapters);
                boolean verified = adapter != null && joined(evidence, server, adapter);
                boolean sameRevision = verified && adapter.baseModelRevision() != null && server.revision() != null;
                String verdict = ModelRef.PINNED.equals(baseVerdict) && sameRevision ? ModelRef.PINNED
                        : verified ? ModelRef.FLOATING : ModelRef.UNTRACEABLE;
                String reason = "LoRA adapter " + path + " on " + base + (verified
                        ? ", trained on that base" + (sameRevision ? " at the same revision" : " (no common revision recorded)")
                        : ", which no audited adapter record is joined to");
                put(out, ambiguous, server, name, new Served(server, "a LoRA adapter " + engine(server) + " (" + place
                        + ") serves", verdict, reason));
            }
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    private static void put(Map<String, Served> out, Set<String> ambiguous, ServingConfig server, String name,
                            Served served) {
        String key = key(server.location().source(), name);
        Served before = out.putIfAbsent(key, served);
        if (before != null && !before.server.id().equals(server.id())) {
            ambiguous.add(key);
        }
    }

    /** Whether LoraBaseAgreement verified that this server's base model is the one the adapter was trained on. */
    private static boolean joined(Evidence evidence, ServingConfig server, FineTune adapter) {
        for (Link link : evidence.links()) {
            if (LoraBaseAgreement.SERVES.equals(link.kind()) && link.from().equals(server.id())
                    && link.to().equals(adapter.id())) {
                return Link.VERIFIED.equals(link.status());
            }
        }
        return false;
    }

    private static String reasonSuffix(String verdict) {
        return ModelRef.PINNED.equals(verdict) ? ", a pinned revision" : "";
    }

    private static String engine(ServingConfig server) {
        return (server.engine() == null ? "the model server" : "the " + server.engine() + " server");
    }

    private static String key(String source, String name) {
        return source + "\u0000" + name;
    }
}
