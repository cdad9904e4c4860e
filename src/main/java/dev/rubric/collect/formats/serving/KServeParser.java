package dev.rubric.collect.formats.serving;

import dev.rubric.collect.read.code.Needles;
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
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * KServe (InferenceService, ServingRuntime, ClusterServingRuntime, LLMInferenceService) and
 * NVIDIA NIM Operator NIMService objects (formats.md §3.10, §4.2). The manifest parser files
 * these documents as manifests; this one reads the model server each of them defines.
 *
 * <p>A {@code storageUri} is where an InferenceService's weights sit; it is always recorded as the
 * setting {@code storage-uri}. Whether it also names the model depends on the runtime:
 * <ul>
 * <li>{@code hf://org/model[:revision]} names a hub model: that is the model.</li>
 * <li>A NIM runtime (its image {@code nvcr.io/nim/<org>/<model>:<version>} is the model) uses the
 *     storage only as its download cache, so the storage names no model: {@code model-source} is
 *     {@code runtime} and the model is left to the runtime (the link step resolves it). A NIM
 *     runtime is recognised by a runtime of the same file with a NIM image, or by the
 *     {@code nvidia-nim-} model-format names NVIDIA's runtimes declare.</li>
 * <li>Otherwise nothing else names the model (a generic runtime passes
 *     {@code --model=/mnt/models}, which only names the mount): the location is the model
 *     reference, judged by its scheme ({@code pvc://}, {@code s3://}: content can change), and
 *     {@code model-source} is {@code storage-uri}.</li>
 * </ul>
 * A NIM runtime names its model through its image, like a NIM Deployment or Job does.
 */
public final class KServeParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json}"));
    /** The model-format names of NVIDIA's NIM ServingRuntimes ({@code nvidia-nim-llama3-8b-instruct}). */
    private static final String NIM_FORMAT_PREFIX = "nvidia-nim-";

    public KServeParser() {
        super("kserve", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "serving.kserve.io") && !Needles.contains(file, "apps.nvidia.com")) {
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
        Set<String> nimRuntimes = nimRuntimes(objects);
        boolean found = false;
        for (MapNode object : objects) {
            String kind = object.text("kind").orElse("");
            String name = object.text("metadata", "name").orElse("unnamed");
            String namespace = object.text("metadata", "namespace").orElse(null);
            String display = kind + "/" + (namespace == null ? "" : namespace + "/") + name;
            try {
                ServingDraft draft = switch (kind) {
                    case "InferenceService" -> inferenceService(object, nimRuntimes);
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

    /** Names and model formats of the runtimes in this file whose image is a NIM. */
    private static Set<String> nimRuntimes(List<MapNode> objects) {
        Set<String> out = new HashSet<>();
        for (MapNode object : objects) {
            String kind = object.text("kind").orElse("");
            if (!kind.equals("ServingRuntime") && !kind.equals("ClusterServingRuntime")) {
                continue;
            }
            MapNode container = firstContainer(object);
            String image = container == null ? null : container.text("image").orElse(null);
            if (ServingEvidence.nimModel(ImageReferences.parse(image)) != null) {
                object.text("metadata", "name").ifPresent(out::add);
                object.list("spec", "supportedModelFormats").ifPresent(list -> list.items().stream()
                        .filter(MapNode.class::isInstance).map(MapNode.class::cast)
                        .forEach(format -> format.text("name").ifPresent(out::add)));
            }
        }
        return out;
    }

    private static boolean servedByNim(MapNode spec, Set<String> nimRuntimes) {
        String format = spec.text("modelFormat", "name").orElse("");
        String runtime = spec.text("runtime").orElse("");
        return format.startsWith(NIM_FORMAT_PREFIX) || nimRuntimes.contains(runtime)
                || (runtime.isEmpty() && nimRuntimes.contains(format));
    }

    private static MapNode firstContainer(MapNode object) {
        return object.list("spec", "containers").flatMap(list -> list.items().stream()
                .filter(MapNode.class::isInstance).map(MapNode.class::cast).findFirst()).orElse(null);
    }

    private static ServingDraft inferenceService(MapNode object, Set<String> nimRuntimes) {
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
        Node storage = spec.get("storageUri");
        spec.text("storageUri").ifPresent(uri -> {
            draft.settings.put("storage-uri", uri);
            if (!uri.startsWith("hf://") && servedByNim(spec, nimRuntimes)) {
                draft.settings.put("model-source", "runtime");
            } else {
                draft.settings.put("model-source", "storage-uri");
                storageUri(draft, uri, storage.mark().line());
            }
        });
        return draft;
    }

    private static void storageUri(ServingDraft draft, String uri, int line) {
        String[] split = ManifestValues.splitHubUri(uri);
        ServingArgs.model(draft, new ShellWords.Word(split[0], uri.contains("${") || uri.contains("{{"), line));
        if (split[1] != null) {
            draft.revision = split[1];
        }
    }

    private static ServingDraft runtime(MapNode object) {
        MapNode container = firstContainer(object);
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
        // a runtime is a template for the models it serves: /mnt/models and {{.Name}} name no model;
        // a NIM runtime is the exception, its image is the model
        draft.model = null;
        draft.modelLine = 0;
        draft.revision = null;
        draft.unresolved.remove("model");
        draft.servedModelNames.removeIf(name -> name.contains("{{"));
        if (engine != null && engine.equals("nim")) {
            ServingEvidence.nim(draft, draft.image, container.get("image").mark().line());
        }
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
        object.text("spec", "model", "uri").ifPresent(uri -> storageUri(draft, uri, object.at("spec", "model", "uri").get().mark().line()));
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
        ServingEvidence.nim(draft, ImageReferences.parse(ref), object.at("spec", "image", "repository").get().mark().line());
        object.text("spec", "storage", "nimCache", "profile").ifPresent(p -> draft.settings.put("nim-model-profile", p));
        object.text("spec", "resources", "limits", "nvidia.com/gpu").ifPresent(gpu -> draft.settings.put("gpu", gpu));
        return draft;
    }
}
