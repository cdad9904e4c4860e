package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Kubeflow training objects (formats.md §3.9): {@code PyTorchJob} ({@code kubeflow.org/v1}), whose
 * model and data appear only as command-line flags of the training container, and Trainer v2's
 * {@code TrainJob} / {@code TrainingRuntime} / {@code ClusterTrainingRuntime}
 * ({@code trainer.kubeflow.org}), whose initializers name them as storage URIs. The file itself is
 * classified by the Kubernetes parser; this one adds a FineTune per training object.
 */
public final class KubeflowTrainingParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json}"));
    static final String FRAMEWORK = "kubeflow";
    private static final Set<String> RUNTIMES = Set.of("TrainingRuntime", "ClusterTrainingRuntime");
    private static final String[] MODEL_FLAGS = {
        "model_name_or_path", "model", "model_id", "base_model", "pretrained_model_name_or_path", "model_name"};
    private static final String[] REVISION_FLAGS = {"model_revision", "revision"};
    private static final String[] DATASET_FLAGS = {"dataset", "dataset_name", "datasets", "data_path", "dataset_path", "train_file"};
    private static final String[] HYPERPARAMETER_FLAGS = {
        "config", "stage", "finetuning_type", "learning_rate", "num_train_epochs", "max_steps", "per_device_train_batch_size",
        "gradient_accumulation_steps", "max_seq_length", "cutoff_len", "lora_alpha", "lora_dropout", "template"};
    private static final String FRAMEWORK_LABEL = "trainer.kubeflow.org/framework";

    public KubeflowTrainingParser() {
        super(FRAMEWORK, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "kubeflow.org")) {
            return false;
        }
        List<MapNode> documents = file.yamlMappings();
        List<MapNode> objects = new ArrayList<>();
        for (MapNode document : documents) {
            objects.add(document);
            // kubectl get -o yaml wraps objects in a List
            document.list("items").ifPresent(items -> items.items().stream()
                    .filter(MapNode.class::isInstance).map(MapNode.class::cast).forEach(objects::add));
        }
        boolean found = false;
        for (MapNode object : objects) {
            String apiVersion = Values.text(object, "apiVersion");
            String kind = Values.text(object, "kind");
            if (apiVersion == null || kind == null || !isTraining(apiVersion, kind)) {
                continue;
            }
            found = true;
            sink.classify("k8s-manifest", "kubernetes", "parsed");
            FineTuneDraft.emitSafely(sink, object.mark().line(), kind, () -> read(file, object, kind));
        }
        return found;
    }

    private static boolean isTraining(String apiVersion, String kind) {
        if (apiVersion.startsWith("kubeflow.org/")) {
            return kind.equals("PyTorchJob");
        }
        return apiVersion.startsWith("trainer.kubeflow.org/") && (kind.equals("TrainJob") || RUNTIMES.contains(kind));
    }

    private static FineTuneDraft read(ParsedFile file, MapNode object, String kind) {
        MapNode metadata = object.map("metadata").orElse(null);
        String name = Values.text(metadata, "name");
        String namespace = Values.text(metadata, "namespace");
        String display = kind + "/" + (namespace != null ? namespace + "/" : "") + (name != null ? name : "(unnamed)");
        FineTuneDraft draft = new FineTuneDraft(file.subjectId() + "#" + display, object.mark().line(), FRAMEWORK);
        MapNode spec = object.map("spec").orElse(null);
        if (spec == null) {
            return draft;
        }
        if (kind.equals("PyTorchJob")) {
            pyTorchJob(spec, draft);
        } else if (kind.equals("TrainJob")) {
            trainJob(spec, draft);
        } else {
            runtime(object, spec, draft);
        }
        return draft;
    }

    private static void pyTorchJob(MapNode spec, FineTuneDraft draft) {
        MapNode replicas = spec.map("pytorchReplicaSpecs").orElse(null);
        if (replicas == null) {
            return;
        }
        MapNode replica = replicas.map("Master").or(() -> replicas.map("Worker"))
                .orElse(replicas.entries().values().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast)
                        .findFirst().orElse(null));
        if (replica == null) {
            return;
        }
        containers(replica.map("template", "spec").orElse(null)).stream()
                .filter(c -> "pytorch".equals(Values.text(c, "name"))).findFirst()
                .or(() -> containers(replica.map("template", "spec").orElse(null)).stream().findFirst())
                .ifPresent(container -> container(container, draft));
    }

    private static void trainJob(MapNode spec, FineTuneDraft draft) {
        spec.map("initializer", "model").ifPresent(model ->
                draft.baseModel(Values.text(model, "storageUri"), null, Values.line(model, "storageUri")));
        spec.map("initializer", "dataset").ifPresent(dataset -> storageDataset(Values.text(dataset, "storageUri"), draft));
        spec.map("runtimeRef").ifPresent(ref -> {
            String runtime = Values.text(ref, "name");
            if (runtime != null) {
                draft.hyperparameters.put("runtime", runtime);
            }
        });
        spec.map("trainer").ifPresent(trainer -> {
            Values.copy(trainer, draft.hyperparameters, "numNodes");
            container(trainer, draft);
        });
    }

    private static void runtime(MapNode object, MapNode spec, FineTuneDraft draft) {
        object.map("metadata", "labels").map(labels -> Values.text(labels, FRAMEWORK_LABEL))
                .ifPresent(framework -> draft.hyperparameters.put("trainerFramework", framework));
        spec.map("mlPolicy").ifPresent(policy -> Values.copy(policy, draft.hyperparameters, "numNodes"));
        Optional<ListNode> jobs = spec.list("template", "spec", "replicatedJobs");
        if (jobs.isEmpty()) {
            return;
        }
        for (Node item : jobs.get().items()) {
            if (!(item instanceof MapNode job)) {
                continue;
            }
            String role = Values.text(job, "name");
            for (MapNode container : containers(job.map("template", "spec", "template", "spec").orElse(null))) {
                MapNode uri = storageUri(container);
                if ("model-initializer".equals(role) && uri != null) {
                    draft.baseModel(Values.text(uri, "value"), null, Values.line(uri, "value"));
                } else if ("dataset-initializer".equals(role) && uri != null) {
                    storageDataset(Values.text(uri, "value"), draft);
                } else if ("node".equals(role) || "trainer".equals(role)) {
                    container(container, draft);
                }
            }
        }
    }

    /** Image and command-line flags of the training container. */
    private static void container(MapNode container, FineTuneDraft draft) {
        if (draft.image == null) {
            draft.image = Values.text(container, "image");
        }
        List<String> command = new ArrayList<>(Values.strings(list(container, "command")));
        command.addAll(Values.strings(list(container, "args")));
        CommandFlags flags = CommandFlags.of(command);
        if (!draft.hasBaseModel()) {
            String model = flags.first(MODEL_FLAGS);
            draft.baseModel(model, flags.first(REVISION_FLAGS), lineOf(container, model));
        }
        String dataset = flags.first(DATASET_FLAGS);
        if (dataset != null && draft.datasets.isEmpty()) {
            for (String name : dataset.split(",")) {
                draft.dataset(name.strip(), "train", null, null, flags.first("dataset_revision"), null);
            }
        }
        draft.dataset(flags.first("validation_file", "eval_dataset"), "validation", null, null, null, null);
        for (String key : HYPERPARAMETER_FLAGS) {
            String value = flags.first(key);
            if (value != null) {
                draft.hyperparameters.put(key, value);
            }
        }
        String rank = flags.first("lora_r", "lora_rank");
        draft.loraRank = rank == null ? null : parseLong(rank);
        String seed = flags.first("seed");
        draft.seed = seed == null ? null : parseLong(seed);
        draft.output = flags.first("output_dir");
        String type = flags.first("finetuning_type");
        draft.method = type != null ? type : flags.first("use_peft") != null || rank != null ? "lora" : null;
    }

    /** {@code command}/{@code args} are lists, but a single string also occurs. */
    /** The line of the command or args item that holds {@code value}; the {@code args:} line when none does. */
    private static int lineOf(MapNode container, String value) {
        for (String key : List.of("command", "args")) {
            if (value != null && container.get(key) instanceof ListNode items) {
                for (Node item : items.items()) {
                    int at = item instanceof ScalarNode scalar && scalar.value() != null ? scalar.text().indexOf(value) : -1;
                    if (at >= 0) {
                        ScalarNode scalar = (ScalarNode) item;
                        // a literal block keeps its lines, and starts on the line after its '|'
                        return scalar.style() == ScalarNode.Style.LITERAL
                                ? scalar.mark().line() + 1 + (int) scalar.text().substring(0, at).chars().filter(c -> c == '\n').count()
                                : scalar.mark().line();
                    }
                }
            }
        }
        return Values.line(container, "args");
    }

    private static Node list(MapNode container, String key) {
        Node node = container.get(key);
        return node instanceof ScalarNode scalar && scalar.value() instanceof String s
                ? new ListNode(List.of(new ScalarNode(s, s, scalar.style(), scalar.mark())), scalar.mark())
                : node;
    }

    /** {@code hf://org/name} with an optional {@code :revision}, as the initializers take it. */
    private static void storageDataset(String uri, FineTuneDraft draft) {
        if (uri == null) {
            return;
        }
        int colon = uri.indexOf(':', "hf://".length());
        if (uri.startsWith("hf://") && colon > 0) {
            draft.dataset(uri.substring(0, colon), "train", null, null, uri.substring(colon + 1), null);
        } else {
            draft.dataset(uri, "train", null, null, null, null);
        }
    }

    private static MapNode storageUri(MapNode container) {
        if (!(container.get("env") instanceof ListNode env)) {
            return null;
        }
        for (Node item : env.items()) {
            if (item instanceof MapNode variable && "STORAGE_URI".equals(Values.text(variable, "name"))) {
                return variable;
            }
        }
        return null;
    }

    private static List<MapNode> containers(MapNode podSpec) {
        List<MapNode> out = new ArrayList<>();
        if (podSpec != null && podSpec.get("containers") instanceof ListNode list) {
            list.items().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast).forEach(out::add);
        }
        return out;
    }

    private static Long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
