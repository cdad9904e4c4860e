package dev.rubric.link;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.ModelRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One LoRA adapter is usually described by several records: its adapter_config.json (base model and
 * revision), its model card (base model, datasets, evaluation) and the recipe that trained it (base
 * revision, dataset revisions). Each alone tells part of the lineage — a card rarely repeats the
 * revisions its recipe pins — so "which base and which data, exactly?" needs them joined. Records
 * join when they lie in the adapter's folder (adapter_config.json, README.md) or when a recipe's
 * output or hub repository is that folder. Each record is linked to the adapter's configuration
 * ({@code same-adapter}): contradicted when two records name different base models, base revisions or
 * revisions of one dataset; otherwise verified, and a record that leaves a revision out takes the
 * one another record of the adapter writes, with that record's id ({@code baseModelRevisionFrom},
 * {@code datasets[].revisionFrom}). The model card's {@code base_model} reference takes it too.
 * Nothing is taken from a group that contradicts itself.
 */
public final class AdapterRecordsJoin implements LinkStep {
    static final String SAME = "same-adapter";
    private static final Set<String> ADAPTER_FOLDER_RECORDS = Set.of("peft", "hf-model-card");
    private final ModelNames names;

    public AdapterRecordsJoin(ModelNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "adapter-records";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        LinkSet links = new LinkSet(evidence.links());
        Map<String, FineTune> joined = new HashMap<>();
        Map<String, ModelRef> refs = new HashMap<>();
        for (List<FineTune> adapter : adapters(evidence)) {
            join(adapter, evidence.models(), links, joined, refs);
        }
        if (joined.isEmpty() && refs.isEmpty() && !links.added()) {
            return evidence;
        }
        List<FineTune> tunes = evidence.fineTunes().stream().map(t -> joined.getOrDefault(t.id(), t)).toList();
        List<ModelRef> models = evidence.models().stream().map(m -> refs.getOrDefault(m.id(), m)).toList();
        return evidence.withFineTunes(tunes).withModels(models).withLinks(links.list());
    }

    /** The records of each adapter folder, with the recipes that produce it; only adapters with two or more. */
    private static List<List<FineTune>> adapters(Evidence evidence) {
        Map<String, List<FineTune>> byFolder = new TreeMap<>();
        List<FineTune> recipes = new ArrayList<>();
        for (FineTune tune : evidence.fineTunes()) {
            if (tune.baseModel() == null || !SettingFiles.inProduction(tune.location())
                    || !(LoraBaseAgreement.isAdapter(tune) || "adapter".equals(tune.baseModelRelation()))) {
                continue;
            }
            if (ADAPTER_FOLDER_RECORDS.contains(tune.framework())) {
                byFolder.computeIfAbsent(tune.location().source() + "\n" + SettingFiles.directory(tune.location().path()),
                        k -> new ArrayList<>()).add(tune);
            } else {
                recipes.add(tune);
            }
        }
        List<List<FineTune>> out = new ArrayList<>();
        for (Map.Entry<String, List<FineTune>> folder : byFolder.entrySet()) {
            String source = folder.getKey().substring(0, folder.getKey().indexOf('\n'));
            String path = folder.getKey().substring(folder.getKey().indexOf('\n') + 1);
            List<FineTune> members = new ArrayList<>(folder.getValue());
            if (!path.isEmpty()) {
                recipes.stream().filter(r -> r.location().source().equals(source) && producesOnly(r, path, byFolder))
                        .forEach(members::add);
            }
            if (members.size() > 1) {
                members.sort(Comparator.comparing(FineTune::id));
                out.add(members);
            }
        }
        return out;
    }

    /** A recipe joins a folder only when it produces that folder and no other: an ambiguous output joins none. */
    private static boolean producesOnly(FineTune recipe, String path, Map<String, List<FineTune>> folders) {
        if (!LoraBaseAgreement.produces(recipe, path)) {
            return false;
        }
        String source = recipe.location().source();
        return folders.keySet().stream().filter(k -> k.startsWith(source + "\n"))
                .map(k -> k.substring(k.indexOf('\n') + 1))
                .filter(p -> !p.isEmpty() && LoraBaseAgreement.produces(recipe, p)).count() == 1;
    }

    private void join(List<FineTune> adapter, List<ModelRef> models, LinkSet links, Map<String, FineTune> joined,
                      Map<String, ModelRef> refs) {
        FineTune anchor = adapter.stream().filter(t -> "peft".equals(t.framework())).findFirst()
                .orElse(adapter.stream().filter(t -> !"hf-model-card".equals(t.framework())).findFirst().orElse(adapter.get(0)));
        FineTune revisionSource = adapter.stream().filter(t -> t.baseModelRevision() != null && t.baseModelRevisionFrom() == null)
                .min(Comparator.comparingInt(AdapterRecordsJoin::authority).thenComparing(FineTune::id)).orElse(null);
        Map<String, Pinned> datasets = pinnedDatasets(adapter);
        boolean consistent = true;
        for (FineTune member : adapter) {
            List<String> conflicts = conflicts(member, adapter);
            consistent &= conflicts.isEmpty();
            if (member != anchor) {
                links.add(conflicts.isEmpty()
                        ? Link.of(member.id(), SAME, anchor.id(), Link.VERIFIED, where(member) + " and " + where(anchor)
                                + " describe one adapter" + facts(anchor, revisionSource, datasets))
                        : Link.of(member.id(), SAME, anchor.id(), Link.CONTRADICTED, where(member) + " and " + where(anchor)
                                + " describe one adapter, but " + String.join("; ", conflicts)));
            }
        }
        if (!consistent) {
            return;
        }
        for (FineTune member : adapter) {
            complete(member, revisionSource, datasets, models, joined, refs);
        }
    }

    /** A record takes the revisions it leaves out from the record of the adapter that writes them. */
    private void complete(FineTune member, FineTune revisionSource, Map<String, Pinned> datasets, List<ModelRef> models,
                          Map<String, FineTune> joined, Map<String, ModelRef> refs) {
        boolean takesRevision = member.baseModelRevision() == null && revisionSource != null;
        List<FineTune.Dataset> completed = member.datasets() == null ? null : new ArrayList<>(member.datasets());
        boolean takesDataset = false;
        for (int i = 0; completed != null && i < completed.size(); i++) {
            FineTune.Dataset dataset = completed.get(i);
            Pinned pinned = datasets.get(dataset.name());
            if (!dataset.pinned() && dataset.revision() == null && dataset.hash() == null && pinned != null
                    && !pinned.record().id().equals(member.id())) {
                completed.set(i, dataset.pinnedBy(pinned.dataset(), pinned.record().id()));
                takesDataset = true;
            }
        }
        if (takesRevision || takesDataset) {
            joined.put(member.id(), member.joined(
                    takesRevision ? revisionSource.baseModelRevision() : member.baseModelRevision(),
                    takesRevision ? revisionSource.baseModelPinning() : member.baseModelPinning(),
                    takesRevision ? revisionSource.id() : member.baseModelRevisionFrom(),
                    completed == null ? null : List.copyOf(completed)));
        }
        if (revisionSource == null || revisionSource == member || !ModelRef.PINNED.equals(revisionSource.baseModelPinning())) {
            return;
        }
        for (ModelRef ref : models) {
            if (member.id().equals(ref.referencedBy()) && "base_model".equals(ref.field()) && ref.revision() == null
                    && names.compare(ref.name(), revisionSource.baseModel()).agrees()) {
                refs.put(ref.id(), new ModelRef(ref.id(), ref.location(), ref.name(), ref.provider(),
                        revisionSource.baseModelRevision(), revisionSource.baseModelPinning(), "revision "
                        + revisionSource.baseModelRevision() + " of this adapter's base model is recorded in "
                        + where(revisionSource), ref.referencedBy(), ref.field(), ref.deployment(), ref.resolvedDeployment()));
            }
        }
    }

    /** What {@code member} says that another record of the adapter says otherwise. */
    private List<String> conflicts(FineTune member, List<FineTune> adapter) {
        List<String> out = new ArrayList<>();
        for (FineTune other : adapter) {
            if (other == member) {
                continue;
            }
            if (!names.compare(member.baseModel(), other.baseModel()).agrees()) {
                out.add(where(member) + " names base model " + member.baseModel() + ", " + where(other) + " "
                        + other.baseModel());
            } else if (member.baseModelRevision() != null && other.baseModelRevision() != null
                    && !Revisions.same(member.baseModelRevision(), other.baseModelRevision())) {
                out.add(where(member) + " records base revision " + member.baseModelRevision() + ", " + where(other) + " "
                        + other.baseModelRevision());
            }
            for (FineTune.Dataset mine : datasets(member)) {
                for (FineTune.Dataset theirs : datasets(other)) {
                    String a = mine.revision() != null ? mine.revision() : mine.hash();
                    String b = theirs.revision() != null ? theirs.revision() : theirs.hash();
                    if (mine.name().equals(theirs.name()) && a != null && b != null && !Revisions.same(a, b)) {
                        out.add(where(member) + " pins dataset " + mine.name() + " at " + a + ", " + where(other) + " at " + b);
                    }
                }
            }
        }
        return out;
    }

    /** Each dataset's pin as the adapter's records write it themselves (not one taken from another record). */
    private static Map<String, Pinned> pinnedDatasets(List<FineTune> adapter) {
        Map<String, Pinned> out = new LinkedHashMap<>();
        adapter.stream().sorted(Comparator.comparingInt(AdapterRecordsJoin::authority).thenComparing(FineTune::id))
                .forEach(record -> datasets(record).stream()
                        .filter(d -> d.pinned() && d.revisionFrom() == null)
                        .forEach(d -> out.putIfAbsent(d.name(), new Pinned(d, record))));
        return out;
    }

    /** The adapter's configuration first, then the recipe, then the card: which record a revision is quoted from. */
    private static int authority(FineTune record) {
        return "peft".equals(record.framework()) ? 0 : "hf-model-card".equals(record.framework()) ? 2 : 1;
    }

    private static String facts(FineTune anchor, FineTune revisionSource, Map<String, Pinned> datasets) {
        StringBuilder out = new StringBuilder(": base model ").append(anchor.baseModel());
        out.append(revisionSource == null ? " (no record of the adapter names its revision)"
                : " at revision " + revisionSource.baseModelRevision() + " (" + where(revisionSource) + ")");
        datasets.forEach((name, pinned) -> out.append("; dataset ").append(name).append(" at ")
                .append(pinned.dataset().revision() != null ? pinned.dataset().revision() : pinned.dataset().hash())
                .append(" (").append(where(pinned.record())).append(")"));
        return out.toString();
    }

    private static List<FineTune.Dataset> datasets(FineTune record) {
        return record.datasets() == null ? List.of() : record.datasets();
    }

    private static String where(FineTune record) {
        return LoraBaseAgreement.where(record);
    }

    private record Pinned(FineTune.Dataset dataset, FineTune record) {
    }
}
