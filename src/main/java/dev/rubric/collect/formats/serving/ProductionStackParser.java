package dev.rubric.collect.formats.serving;

import dev.rubric.collect.read.container.ServingArgs;
import dev.rubric.collect.read.container.ServingDraft;
import dev.rubric.collect.read.container.ServingEvidence;
import dev.rubric.collect.read.container.ShellWords;
import dev.rubric.collect.Secrets;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helm values of the vLLM production stack (formats.md §4.1): one ServingConfig per
 * {@code servingEngineSpec.modelSpec[]} entry. The chart renders {@code modelRevision} as
 * {@code --revision} and {@code vllmConfig} keys as flags, so they are read under the flag
 * names ({@code gpuMemoryUtilization} becomes gpu-memory-utilization).
 *
 * <p>The chart deploys a modelSpec entry unless it says {@code enabled: false}, and no entry
 * when {@code servingEngineSpec.enableEngine} is false. A disabled entry is still recorded (a
 * reader auditing the chart must see what it would serve), with the setting {@code enabled:
 * false} and {@code disabled-by} naming the key that turns it off. When the chart itself is in the
 * tree and rendered with these values, an enabled entry is the Deployment it renders and is not
 * read here a second time; a disabled one renders nothing and is read from the values alone.
 */
public final class ProductionStackParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml}"));

    public ProductionStackParser() {
        super("vllm-production-stack", SIGNATURE);
    }

    /** A Chart.yaml in the file's folder, or above a values/ or ci/ folder holding it: the chart's own values. */
    private static boolean keptWithChart(ParsedFile file) {
        if (file.tree().isEmpty()) {
            return false;
        }
        String path = file.relativePath();
        String folder = path.lastIndexOf('/') < 0 ? "" : path.substring(0, path.lastIndexOf('/'));
        String own = folder.substring(folder.lastIndexOf('/') + 1);
        String above = folder.lastIndexOf('/') < 0 ? "" : folder.substring(0, folder.lastIndexOf('/'));
        try {
            return file.tree().get().file(folder.isEmpty() ? "Chart.yaml" : folder + "/Chart.yaml") != null
                    || (own.equals("values") || own.equals("ci"))
                    && file.tree().get().file(above.isEmpty() ? "Chart.yaml" : above + "/Chart.yaml") != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("servingEngineSpec") || !file.text().contains("modelSpec")) {
            return false;
        }
        // the chart is in the tree and rendered with these values (HelmChartParser): the Deployment it
        // renders for an entry is then that entry's record, read once; an entry the chart skips
        // (disabled) renders nothing, so these values are its only record and it is read here
        boolean rendered = keptWithChart(file);
        MapNode root = file.yamlRoot().orElse(null);
        ListNode specs = root == null ? null : root.list("servingEngineSpec", "modelSpec").orElse(null);
        if (specs == null) {
            return false;
        }
        if (!rendered) {
            sink.classify("serving-config", "vllm-production-stack", "parsed");
        }
        List<MapNode> adapters = new ArrayList<>();
        root.list("loraAdapters").ifPresent(list -> list.items().stream()
                .filter(MapNode.class::isInstance).map(MapNode.class::cast).forEach(adapters::add));
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : specs.items()) {
            if (!(item instanceof MapNode spec)) {
                sink.error(item.mark().line(), item.mark().column(), "servingEngineSpec.modelSpec item must be a mapping");
                continue;
            }
            String name = spec.text("name").orElse("unnamed");
            int count = seen.merge(name, 1, Integer::sum);
            String id = file.subjectId() + "#" + name + (count == 1 ? "" : "~" + count);
            try {
                ServingDraft draft = draft(spec, adapters);
                if (!disabled(root, spec, draft) && rendered) {
                    continue;
                }
                ServingEvidence.emit(draft, id, sink.location(spec.mark().line()), sink);
            } catch (RuntimeException e) {
                sink.error(spec.mark().line(), spec.mark().column(), "modelSpec " + name + ": cannot read it: " + e);
            }
        }
        if (rendered) {
            // the chart renders routerSpec.otel into its router Deployment's arguments (--otel-endpoint)
            return true;
        }
        router(file, sink, root);
        return true;
    }

    private static ServingDraft draft(MapNode spec, List<MapNode> adapters) {
        ServingDraft draft = new ServingDraft("vllm", "helm-values");
        spec.text("repository").ifPresent(repository ->
                draft.image = ImageReferences.parse(repository + spec.text("tag").map(tag -> tag.isEmpty() ? "" : ":" + tag).orElse("")));
        spec.text("modelURL").ifPresent(url -> ServingArgs.model(draft, new ShellWords.Word(url, false, spec.get("modelURL").mark().line())));
        spec.text("modelRevision").filter(revision -> !revision.isBlank()).ifPresent(revision -> draft.revision = revision);
        spec.text("name").ifPresent(draft.servedModelNames::add);
        for (String key : List.of("requestGPU", "requestGPUType", "requestMemory")) {
            spec.text(key).ifPresent(value -> draft.settings.put(kebab(key), value));
        }
        spec.text("enableLoRA").ifPresent(value -> draft.settings.put("enable-lora", value));
        if (spec.get("hf_token") != null) {
            draft.settings.put("hf-token", spec.get("hf_token") instanceof ScalarNode ? Secrets.MARKER : "<secretKeyRef>");
        }
        spec.map("vllmConfig").ifPresent(config -> {
            for (Map.Entry<String, Node> entry : config.entries().entrySet()) {
                String flag = kebab(entry.getKey());
                if (entry.getKey().equals("extraArgs")) {
                    ServingArgs.apply(ManifestValues.words(entry.getValue()), draft, false);
                } else if (entry.getValue() instanceof ScalarNode scalar && scalar.value() instanceof Boolean) {
                    draft.settings.put(flag, scalar.text());
                } else if (entry.getValue() instanceof ScalarNode scalar && scalar.value() != null) {
                    List<ShellWords.Word> words = new ArrayList<>();
                    words.add(new ShellWords.Word("--" + flag, false, scalar.mark().line()));
                    words.add(new ShellWords.Word(scalar.text(), false, scalar.mark().line()));
                    ServingArgs.apply(words, draft, false);
                    if (!draft.settings.containsKey(flag) && !flag.startsWith("max-lora")) {
                        draft.settings.put(flag, scalar.text());
                    }
                }
            }
        });
        String served = spec.text("name").orElse(null);
        for (MapNode adapter : adapters) {
            String base = adapter.text("baseModel").orElse(null);
            if (base == null || base.equals(draft.model) || base.equals(served)) {
                String source = adapter.text("adapterSource", "adapterName")
                        .or(() -> adapter.text("adapterSource", "repository"))
                        .or(() -> adapter.text("adapterSource", "adapterPath")).orElse("");
                draft.loraModules.add(adapter.text("name").orElse("unnamed") + "=" + source);
            }
        }
        return draft;
    }

    /**
     * The templates skip an entry with {@code enabled: false}, and every entry when the engine is
     * off; true when this one is skipped.
     */
    private static boolean disabled(MapNode root, MapNode spec, ServingDraft draft) {
        String by = isFalse(spec.get("enabled")) ? "servingEngineSpec.modelSpec[].enabled"
                : isFalse(root.at("servingEngineSpec", "enableEngine").orElse(null)) ? "servingEngineSpec.enableEngine" : null;
        if (by != null) {
            draft.settings.put("enabled", "false");
            draft.settings.put("disabled-by", by);
        }
        return by != null;
    }

    private static boolean isFalse(Node node) {
        return node instanceof ScalarNode scalar && Boolean.FALSE.equals(scalar.value());
    }

    /** {@code routerSpec.otel} sends the router's traces to a collector. */
    private static void router(ParsedFile file, FileSink sink, MapNode root) {
        root.map("routerSpec", "otel").ifPresent(otel -> {
            Map<String, String> settings = new TreeMap<>();
            otel.text("serviceName").ifPresent(name -> settings.put("service.name", name));
            List<String> exporters = otel.text("endpoint").map(List::of).orElse(List.of());
            // enabled: false keeps the settings for later but sends nothing
            Boolean enabled = otel.get("enabled") instanceof ScalarNode flag && flag.value() instanceof Boolean on ? on : null;
            if (!exporters.isEmpty() || !settings.isEmpty() || enabled != null) {
                sink.observability(new ObservabilitySignal(file.subjectId() + "#otel", sink.location(otel.mark().line()),
                        "otel", "helm-values", Boolean.FALSE.equals(enabled) ? List.of() : List.of("traces"), exporters,
                        null, settings, enabled));
            }
        });
    }

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean upper = Character.isUpperCase(c);
            if (upper && i > 0 && !(Character.isUpperCase(camel.charAt(i - 1))
                    && (i + 1 >= camel.length() || Character.isUpperCase(camel.charAt(i + 1))))) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
