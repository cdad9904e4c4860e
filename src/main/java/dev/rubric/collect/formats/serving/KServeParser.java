package dev.rubric.collect.formats.serving;

import dev.rubric.collect.read.container.ServingArgs;
import dev.rubric.collect.read.container.ServingCommand;
import dev.rubric.collect.read.container.ServingDraft;
import dev.rubric.collect.read.container.ServingEvidence;
import dev.rubric.collect.read.container.ShellWords;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KServe (InferenceService, ServingRuntime, ClusterServingRuntime, LLMInferenceService) and
 * NVIDIA NIM Operator NIMService objects (formats.md §3.10, §4.2). The manifest parser files
 * these documents as manifests; this one reads the model server each of them defines. For an
 * InferenceService the model is its {@code storageUri}: runtimes pass {@code --model=/mnt/models},
 * which only names the mount.
 */
public final class KServeParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json}"));

    public KServeParser() {
        super("kserve", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("serving.kserve.io") && !text.contains("apps.nvidia.com")) {
            return false;
        }
        List<Node> documents;
        try {
            documents = file.yamlDocuments();
        } catch (YamlException e) {
            return false;
        }
        List<MapNode> objects = new ArrayList<>();
        for (Node document : documents) {
            collect(document, objects);
        }
        boolean found = false;
        for (MapNode object : objects) {
            String kind = object.text("kind").orElse("");
            String name = object.text("metadata", "name").orElse("unnamed");
            String namespace = object.text("metadata", "namespace").orElse(null);
            String display = kind + "/" + (namespace == null ? "" : namespace + "/") + name;
            try {
                ServingDraft draft = switch (kind) {
                    case "InferenceService" -> inferenceService(object);
                    case "ServingRuntime", "ClusterServingRuntime" -> runtime(object);
                    case "LLMInferenceService" -> llmInferenceService(object);
                    case "NIMService" -> nimService(object);
                    default -> null;
                };
                if (draft != null) {
                    ServingEvidence.emit(draft, file.subjectId() + "#" + display, sink.location(object.mark().line()), sink);
                    found = true;
                }
            } catch (RuntimeException e) {
                sink.error(object.mark().line(), object.mark().column(), display + ": cannot read the model server: " + e);
            }
        }
        if (found) {
            sink.classify("serving-config", "kserve", "parsed");
        }
        return found;
    }

    private static void collect(Node node, List<MapNode> out) {
        if (!(node instanceof MapNode map)) {
            return;
        }
        String apiVersion = map.text("apiVersion").orElse("");
        if (apiVersion.startsWith("serving.kserve.io/") || apiVersion.startsWith("apps.nvidia.com/")) {
            out.add(map);
        }
        map.list("items").ifPresent(items -> items.items().forEach(item -> collect(item, out)));
    }

    private static ServingDraft inferenceService(MapNode object) {
        Optional<MapNode> predictor = object.map("spec", "predictor");
        if (predictor.isEmpty()) {
            return null;
        }
        Optional<MapNode> model = predictor.get().map("model");
        if (model.isEmpty()) {
            // the older form names the framework: predictor.huggingface, predictor.sklearn, ...
            for (Map.Entry<String, Node> entry : predictor.get().entries().entrySet()) {
                if (entry.getValue() instanceof MapNode framework && framework.get("storageUri") != null) {
                    model = Optional.of(framework);
                    break;
                }
            }
        }
        ServingDraft draft = new ServingDraft("kserve", "kserve");
        if (model.isEmpty()) {
            return draft;
        }
        MapNode spec = model.get();
        ServingArgs.apply(ManifestValues.words(spec.get("args")), draft, false);
        spec.text("modelFormat", "name").ifPresent(format -> draft.settings.put("model-format",
                format + spec.text("modelFormat", "version").map(v -> ":" + v).orElse("")));
        spec.text("runtime").ifPresent(runtime -> draft.settings.put("runtime", runtime));
        spec.text("runtimeVersion").ifPresent(version -> draft.settings.put("runtime-version", version));
        spec.text("resources", "limits", "nvidia.com/gpu").ifPresent(gpu -> draft.settings.put("gpu", gpu));
        spec.text("storageUri").ifPresent(uri -> storageUri(draft, uri));
        return draft;
    }

    private static void storageUri(ServingDraft draft, String uri) {
        String[] split = ManifestValues.splitHubUri(uri);
        ServingArgs.model(draft, new ShellWords.Word(split[0], uri.contains("${") || uri.contains("{{"), 0));
        if (split[1] != null) {
            draft.revision = split[1];
        }
    }

    private static ServingDraft runtime(MapNode object) {
        Optional<ListNode> containers = object.list("spec", "containers");
        MapNode container = containers.flatMap(list -> list.items().stream()
                .filter(MapNode.class::isInstance).map(MapNode.class::cast).findFirst()).orElse(null);
        String image = container == null ? null : container.text("image").orElse(null);
        String engine = ServingCommand.engineOfImage(ImageReferences.parse(image));
        ServingDraft draft = new ServingDraft(engine == null ? "kserve" : engine, "kserve");
        draft.image = ImageReferences.parse(image);
        if (container != null) {
            List<ShellWords.Word> words = ManifestValues.words(container.get("command"));
            words.addAll(ManifestValues.words(container.get("args")));
            ServingCommand.Invocation invocation = ServingCommand.find(words);
            ServingArgs.apply(invocation != null ? invocation.args() : words, draft, invocation != null && invocation.positionalModel());
            ServingCommand.applyEnv(draft, ManifestValues.env(container.get("env")), new HashMap<>(), 0);
        }
        // a runtime is a template for the models it serves: /mnt/models and {{.Name}} name no model
        draft.model = null;
        draft.unresolved.remove("model");
        draft.servedModelNames.removeIf(name -> name.contains("{{"));
        List<String> formats = new ArrayList<>();
        List<String> autoSelected = new ArrayList<>();
        object.list("spec", "supportedModelFormats").ifPresent(list -> {
            for (Node item : list.items()) {
                if (item instanceof MapNode format) {
                    format.text("name").ifPresent(name -> {
                        String named = name + format.text("version").map(v -> ":" + v).orElse("");
                        formats.add(named);
                        // the formats an InferenceService without runtime: can be matched to (link/KServeRuntimeJoin)
                        if (format.text("autoSelect").orElse("false").equals("true")) {
                            autoSelected.add(named);
                        }
                    });
                }
            }
        });
        if (!formats.isEmpty()) {
            draft.settings.put("supported-model-formats", String.join(",", formats));
        }
        if (!autoSelected.isEmpty()) {
            draft.settings.put("auto-select-model-formats", String.join(",", autoSelected));
        }
        return draft;
    }

    private static ServingDraft llmInferenceService(MapNode object) {
        ServingDraft draft = new ServingDraft("vllm", "kserve");
        object.list("spec", "template", "containers").ifPresent(list -> {
            for (Node item : list.items()) {
                if (item instanceof MapNode container) {
                    container.text("image").ifPresent(image -> draft.image = ImageReferences.parse(image));
                    ServingArgs.apply(ManifestValues.words(container.get("args")), draft, false);
                    ServingCommand.applyEnv(draft, ManifestValues.env(container.get("env")), new HashMap<>(), 0);
                    container.text("resources", "limits", "nvidia.com/gpu").ifPresent(gpu -> draft.settings.put("gpu", gpu));
                }
            }
        });
        object.text("spec", "model", "uri").ifPresent(uri -> storageUri(draft, uri));
        object.text("spec", "model", "name").ifPresent(draft.servedModelNames::add);
        return draft;
    }

    private static ServingDraft nimService(MapNode object) {
        Optional<String> repository = object.text("spec", "image", "repository");
        if (repository.isEmpty()) {
            return null;
        }
        String ref = repository.get() + object.text("spec", "image", "tag").map(tag -> ":" + tag).orElse("");
        ServingDraft draft = new ServingDraft("nim", "manifest");
        draft.image = ImageReferences.parse(ref);
        draft.model = ServingEvidence.nimModel(draft.image);
        draft.revision = draft.image == null ? null : draft.image.tag();
        object.text("spec", "storage", "nimCache", "profile").ifPresent(p -> draft.settings.put("nim-model-profile", p));
        object.text("spec", "resources", "limits", "nvidia.com/gpu").ifPresent(gpu -> draft.settings.put("gpu", gpu));
        return draft;
    }
}
