package dev.rubric.engine;

import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ServingConfig;
import dev.rubric.report.Inventory;
import dev.rubric.report.ReportLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report's inventory (models, datasets, services) from the in-scope evidence. Many subjects
 * speak of one thing — a model named in ten files, an adapter described by its model card and by
 * its adapter_config.json — so entries are merged by what they are and keep every place they were
 * found. When the places disagree on how well a thing is pinned, the entry keeps the weakest
 * verdict: a BOM must not claim a pin that some part of the system does not hold.
 */
final class ReportInventory {
    /** Pinning verdicts from strongest to weakest. */
    private static final List<String> PINNING_ORDER = List.of(ModelRef.PINNED, ModelRef.FLOATING, ModelRef.OPAQUE,
            ModelRef.UNTRACEABLE);
    private static final Set<String> ADAPTER_METHODS = Set.of("lora", "qlora", "dora", "ia3", "prefix", "prompt-tuning",
            "adalora", "loha", "lokr");

    private ReportInventory() {
    }

    static Inventory of(List<ModelRef> refs, List<FineTune> fineTunes, List<ServingConfig> servers,
                        List<ModelDeployment> deployments) {
        Map<String, Inventory.Dataset> datasets = new TreeMap<>();
        Map<String, Inventory.Model> models = new TreeMap<>();
        // a model named in thousands of files is merged thousands of times: places are gathered apart and sorted once
        Map<String, Set<ReportLocation>> places = new HashMap<>();
        for (ModelRef ref : refs) {
            if (ref.name() == null || ref.name().isBlank()) {
                continue;
            }
            String key = "model:" + (ref.provider() == null ? "" : ref.provider() + "/") + ref.name()
                    + (ref.revision() == null ? "" : "@" + ref.revision());
            models.merge(key, new Inventory.Model(key, "model", ref.name(), ref.provider(), ref.revision(), ref.pinning(),
                    null, null, null, List.of(), List.of()), ReportInventory::mergeModels);
            place(places, key, ref.location());
        }
        for (FineTune run : fineTunes) {
            List<String> used = new ArrayList<>();
            for (FineTune.Dataset d : run.datasets() == null ? List.<FineTune.Dataset>of() : run.datasets()) {
                if (d.name() == null || d.name().isBlank()) {
                    continue;
                }
                String version = d.revision() != null ? d.revision() : d.hash();
                String key = "dataset:" + d.name() + (version == null ? "" : "@" + version);
                used.add(key);
                datasets.merge(key, new Inventory.Dataset(key, d.name(), d.revision(), d.hash(), d.pinned(), List.of()),
                        ReportInventory::mergeDatasets);
                place(places, key, run.location());
            }
            String name = producedModel(run);
            boolean adapter = isAdapter(run);
            String key = (adapter ? "adapter:" : "fine-tune:") + name;
            models.merge(key, new Inventory.Model(key, adapter ? "adapter" : "fine-tune", name, null, null,
                    run.baseModelPinning(), run.baseModel(), run.baseModelRevision(), run.baseModelPinning(),
                    List.copyOf(new TreeSet<>(used)), List.of()), ReportInventory::mergeModels);
            place(places, key, run.location());
        }
        List<Inventory.Service> services = new ArrayList<>();
        for (ServingConfig s : servers) {
            services.add(new Inventory.Service("service:" + s.id(), serviceName(s.location(), s.engine()), s.engine(),
                    s.model(), s.revision(), s.modelPinning(), nullIfEmpty(s.servedModelNames()),
                    nullIfEmpty(s.loraModules()), s.image() == null ? null : s.image().ref(), List.of(location(s.location()))));
        }
        for (ModelDeployment d : deployments) {
            String name = d.deployment() != null ? d.deployment() : serviceName(d.location(), d.platform());
            services.add(new Inventory.Service("service:" + d.id(), name, d.platform(), d.model(), d.version(), d.pinning(),
                    d.deployment() == null ? null : List.of(d.deployment()), null, null, List.of(location(d.location()))));
        }
        services.sort(Comparator.comparing(Inventory.Service::ref));
        List<Inventory.Model> placedModels = models.values().stream().map(m -> new Inventory.Model(m.ref(), m.kind(), m.name(),
                m.provider(), m.revision(), m.pinning(), m.baseModel(), m.baseModelRevision(), m.baseModelPinning(),
                m.datasets(), sorted(places.get(m.ref())))).toList();
        List<Inventory.Dataset> placedDatasets = datasets.values().stream().map(d -> new Inventory.Dataset(d.ref(), d.name(),
                d.revision(), d.hash(), d.pinned(), sorted(places.get(d.ref())))).toList();
        return new Inventory(placedModels, placedDatasets, services);
    }

    private static void place(Map<String, Set<ReportLocation>> places, String key, Location where) {
        places.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(location(where));
    }

    private static List<ReportLocation> sorted(Set<ReportLocation> where) {
        List<ReportLocation> all = new ArrayList<>(where == null ? Set.of() : where);
        all.sort(Comparator.comparing(ReportLocation::display));
        return List.copyOf(all);
    }

    /** What a run produces: its output (directory or hub repository), else the folder its record lies in. */
    private static String producedModel(FineTune run) {
        if (run.output() != null && !run.output().isBlank()) {
            return run.output();
        }
        String path = run.location() == null || run.location().path() == null ? run.id() : run.location().path();
        int slash = path.lastIndexOf('/');
        return slash > 0 ? path.substring(0, slash) : path;
    }

    private static boolean isAdapter(FineTune run) {
        return "adapter".equals(run.baseModelRelation()) || run.loraRank() != null
                || (run.method() != null && ADAPTER_METHODS.contains(run.method()));
    }

    private static Inventory.Model mergeModels(Inventory.Model a, Inventory.Model b) {
        // a record that states the base model's revision says more than one that does not (a model card vs adapter_config.json)
        Inventory.Model base = a.baseModelRevision() == null && b.baseModelRevision() != null ? b : a;
        return new Inventory.Model(a.ref(), a.kind(), a.name(), a.provider(), a.revision(),
                weakest(a.pinning(), b.pinning()), firstNonNull(base.baseModel(), a.baseModel(), b.baseModel()),
                base.baseModelRevision(), weakest(a.baseModelPinning(), b.baseModelPinning()),
                union(a.datasets(), b.datasets()), List.of());
    }

    private static Inventory.Dataset mergeDatasets(Inventory.Dataset a, Inventory.Dataset b) {
        return new Inventory.Dataset(a.ref(), a.name(), a.revision(), a.hash(), a.pinned() && b.pinned(),
                List.of());
    }

    static String weakest(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(String pinning) {
        int i = PINNING_ORDER.indexOf(pinning);
        return i < 0 ? PINNING_ORDER.size() : i;
    }

    private static String serviceName(Location l, String engine) {
        if (l != null && l.kind() != null && l.name() != null) {
            return l.kind() + "/" + l.name();
        }
        return engine + (l == null || l.path() == null ? "" : " " + l.path());
    }

    private static List<String> union(List<String> a, List<String> b) {
        return List.copyOf(new TreeSet<>(concat(a, b)));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> nullIfEmpty(List<String> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static ReportLocation location(Location l) {
        return ReportSources.location(l);
    }
}
