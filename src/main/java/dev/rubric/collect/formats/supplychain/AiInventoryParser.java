package dev.rubric.collect.formats.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.evidence.ModelRef;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * AI inventories: CycloneDX BOMs (JSON) with {@code machine-learning-model} and {@code data}
 * components and {@code services}, and the simpler YAML inventories teams keep by hand. Each
 * model in an inventory becomes a model reference, so a rubric can compare the declared models
 * with the ones actually configured.
 *
 * <p>The YAML signature (documented in package-info): a file named {@code ai-inventory.y(a)ml},
 * {@code ai-bom.y(a)ml} or {@code models.y(a)ml} whose top level (or whose {@code inventory:}
 * mapping) has a {@code models} list of mappings, each with a {@code name} and at least one of
 * {@code provider}, {@code version}, {@code revision}, {@code owner}, {@code source},
 * {@code sha256}, {@code hash} or {@code purpose}; under the name {@code models.y(a)ml}, which
 * unrelated lists use too, at least one of those that identify a version (not owner or purpose).
 */
public final class AiInventoryParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            Signature.strong("*.cdx.json", "bom.json", "*.bom.json", "{ai-inventory,ai-bom}.{yaml,yml}",
                    "{ai-inventory,ai-bom}.*.{yaml,yml}"),
            // a common name for unrelated model lists (LiteLLM, app settings): worth a look, no more
            Signature.weak("models.{yaml,yml}", "models.*.{yaml,yml}"));
    private static final Set<String> INVENTORY_KEYS = Set.of("provider", "version", "revision", "owner", "source", "sha256", "hash", "purpose");
    /** The keys that say which model version an entry is, as opposed to who owns it or why. */
    private static final Set<String> IDENTITY_KEYS = Set.of("provider", "version", "revision", "source", "sha256", "hash");

    public AiInventoryParser() {
        super("inventory", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            if (!file.text().contains("\"bomFormat\"")) {
                return false;
            }
            JsonNode root = JsonText.read(file, sink);
            return root != null && "CycloneDX".equals(root.path("bomFormat").asText()) && cycloneDx(file, sink, root);
        }
        // models.yaml is also a common name for unrelated lists (owners of in-house models, app
        // settings): under that name only entries that identify a model version make an inventory
        Set<String> confirming = name.startsWith("models.") ? IDENTITY_KEYS : INVENTORY_KEYS;
        return file.text().contains("models") && yamlInventory(file, sink, confirming);
    }

    private static boolean cycloneDx(ParsedFile file, FileSink sink, JsonNode root) {
        sink.classify("inventory", "cyclonedx", "parsed");
        sink.fact("specVersion", root.path("specVersion").isMissingNode() ? null : root.path("specVersion").asText());
        List<JsonNode> components = new ArrayList<>();
        flatten(root.path("components"), components, 0);
        Set<String> models = new TreeSet<>();
        Set<String> datasets = new TreeSet<>();
        int modelCards = 0;
        int hashed = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String componentName = component.path("name").asText("");
            if (type.equals("machine-learning-model") && !componentName.isBlank()) {
                models.add(componentName);
                boolean hash = component.path("hashes").isArray() && !component.path("hashes").isEmpty();
                if (hash) {
                    hashed++;
                }
                if (component.has("modelCard")) {
                    modelCards++;
                }
                String version = component.path("version").asText(null);
                model(file, sink, componentName, version, null, hash, lineOf(file.text(), componentName), seen);
            } else if (type.equals("data") && !componentName.isBlank()) {
                datasets.add(componentName);
            }
        }
        Set<String> services = new TreeSet<>();
        for (JsonNode service : root.path("services")) {
            if (!service.path("name").asText("").isBlank()) {
                services.add(service.path("name").asText());
            }
        }
        sink.fact("components", components.size());
        sink.fact("models", List.copyOf(models));
        sink.fact("datasets", List.copyOf(datasets));
        sink.fact("services", List.copyOf(services));
        sink.fact("modelCards", modelCards);
        sink.fact("modelsWithHashes", hashed);
        return true;
    }

    /** Components nest (an application's components, a model's datasets); walk them all, bounded. */
    private static void flatten(JsonNode components, List<JsonNode> out, int depth) {
        if (!components.isArray() || depth > 20) {
            return;
        }
        for (JsonNode component : components) {
            out.add(component);
            flatten(component.path("components"), out, depth + 1);
        }
    }

    private static boolean yamlInventory(ParsedFile file, FileSink sink, Set<String> confirming) {
        MapNode root;
        try {
            List<Node> documents = file.yamlDocuments();
            if (documents.isEmpty() || !(documents.get(0) instanceof MapNode map)) {
                return false;
            }
            root = map.get("inventory") instanceof MapNode inner ? inner : map;
        } catch (YamlException e) {
            return false;
        }
        if (!(root.get("models") instanceof ListNode list) || list.items().isEmpty()) {
            return false;
        }
        for (Node item : list.items()) {
            if (!(item instanceof MapNode entry) || entry.text("name").isEmpty()
                    || entry.keys().stream().noneMatch(confirming::contains)) {
                return false;
            }
        }
        sink.classify("inventory", "ai-inventory", "parsed");
        Set<String> models = new TreeSet<>();
        int hashed = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : list.items()) {
            MapNode entry = (MapNode) item;
            String name = entry.text("name").orElseThrow();
            models.add(name);
            boolean hash = entry.get("sha256") != null || entry.get("hash") != null || entry.get("hashes") != null;
            if (hash) {
                hashed++;
            }
            String revision = entry.text("revision").or(() -> entry.text("version")).orElse(null);
            model(file, sink, name, revision, entry.text("provider").orElse(null), hash, entry.mark().line(), seen);
        }
        sink.fact("models", List.copyOf(models));
        sink.fact("datasets", List.copyOf(names(root.get("datasets"))));
        sink.fact("services", List.copyOf(names(root.get("services"))));
        sink.fact("modelsWithHashes", hashed);
        return true;
    }

    private static Set<String> names(Node node) {
        Set<String> out = new TreeSet<>();
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof MapNode map) {
                    map.text("name").ifPresent(out::add);
                } else if (item instanceof ScalarNode scalar && scalar.value() instanceof String text) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    /** A declared model; a recorded content hash pins the weights even when the name alone would not. */
    private static void model(ParsedFile file, FileSink sink, String name, String revision, String declaredProvider,
                              boolean hash, int line, Map<String, Integer> seen) {
        ModelPinning.Verdict verdict = ModelPinning.classify(name, revision, ModelPinning.Origin.MODEL);
        String pinning = verdict.pinning();
        String reason = verdict.reason();
        if (hash && !ModelRef.PINNED.equals(pinning) && !ModelRef.UNTRACEABLE.equals(pinning)) {
            pinning = ModelRef.PINNED;
            reason = "the inventory records a content hash of the weights";
        }
        String base = file.subjectId() + "#" + name;
        int count = seen.merge(base, 1, Integer::sum);
        String id = count == 1 ? base : base + "~" + count;
        String provider = verdict.provider() != null ? verdict.provider() : declaredProvider;
        sink.model(new ModelRef(id, sink.location(line), verdict.name(), provider, revision, pinning, reason,
                file.subjectId(), "inventory"));
    }

    /** The line of a component's name in the JSON text; Jackson trees keep no positions. */
    private static int lineOf(String text, String name) {
        int at = text.indexOf("\"" + name + "\"");
        if (at < 0) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
