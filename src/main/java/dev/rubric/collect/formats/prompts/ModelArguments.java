package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.refs.AzureModelSettings;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.syntax.SyntaxCode;
import dev.rubric.collect.read.syntax.SyntaxStrings;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxValues;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The model references of one code file: model and deployment arguments, properties and fields
 * ({@code ChatOpenAI(model=...)}, {@code model: "..."}, {@code .modelName("...")}), registries
 * ({@code ModelConfig(id="provider:model")}), {@code init_chat_model}, and
 * {@code from_pretrained(...)} and sentence-transformers' classes with their revision. Only values are read: a name with a type
 * annotation and no value, a parameter without a default, a comment or a docstring says nothing
 * about which model runs.
 */
final class ModelArguments {
    /** A model argument found in a call: its value, whether it names a deployment, and where its key is. */
    record Model(SyntaxValues.Value value, boolean deployment, int keyOffset) {
    }

    static final Set<String> MODEL_KEYS = Set.of("model", "model_name", "modelName", "model_id", "modelId", "Model",
            "ModelId");
    private static final Set<String> DEPLOYMENT_KEYS = Set.of("azure_deployment", "deployment_name", "deploymentName",
            "DeploymentName");
    private static final Set<String> MODEL_METHODS = Set.of("model", "modelName", "modelId", "withModel", "withmodel", "Model",
            "ModelId");
    /** Builder methods that set a deployment: langchain4j's {@code .deploymentName(...)}. */
    private static final Set<String> DEPLOYMENT_METHODS = Set.of("deploymentName", "DeploymentName", "azureDeployment");
    private static final Set<String> PARAMETER_KEYS = Set.of("temperature", "top_p", "topP", "top_k", "max_tokens", "maxTokens",
            "max_output_tokens", "max_completion_tokens", "seed");
    private static final Set<String> PRETRAINED = Set.of("from_pretrained", "snapshot_download");
    /**
     * sentence-transformers' model classes, which take the hub id first as {@code from_pretrained}
     * does ({@code SentenceTransformer("all-MiniLM-L6-v2", revision=...)}); read only in a file that
     * imports the library, as the names are plain enough for a project's own class.
     */
    private static final Set<String> SENTENCE_TRANSFORMERS = Set.of("SentenceTransformer", "CrossEncoder", "SparseEncoder");
    private static final Set<String> PRETRAINED_KEYS = Set.of("pretrained_model_name_or_path", "repo_id", "model_name_or_path");
    /** Fields of a settings class that name a model: {@code summarization_model}, {@code embedding_model_name}. */
    private static final Pattern MODEL_FIELD = Pattern.compile("[a-z0-9_]*_model(?:_name|_id)?");
    /** Variables that carry a deployment name: {@code openai_chat_deployment}, {@code EMBED_DEPLOYMENT_NAME}. */
    private static final Pattern DEPLOYMENT_VARIABLE = Pattern.compile("[a-z0-9_]*_deployment(?:_name)?");
    /** How code reads a setting from the environment, as written in the value of a declaration. */
    private static final List<String> ENVIRONMENT_READS = List.of("getenv", "environ", "process.env", "GetEnvironmentVariable");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    /** Classes that hold a program's settings, by their conventional names. */
    private static final Pattern SETTINGS_CLASS = Pattern.compile(".*(?:Arguments|Args|Config|Configuration|Settings|Params|Parameters)");
    /** A Hugging Face hub id: one organisation, one repository. */
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][\\w.-]*/[A-Za-z0-9][\\w.-]*");

    private final ParsedFile file;
    private final FileSink sink;
    private final String format;
    private final SyntaxTree tree;
    private final SyntaxCode code;
    private final SyntaxValues values;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Set<Integer> recorded = new HashSet<>();
    private ParameterDefaults parameterDefaults;
    private boolean found;

    ModelArguments(ParsedFile file, FileSink sink, String format, SyntaxCode code, SyntaxValues values) {
        this.file = file;
        this.sink = sink;
        this.format = format;
        this.code = code;
        this.tree = code.tree();
        this.values = values;
    }

    /** The entries of a call and of everything inside its arguments, in order. */
    static List<SyntaxCode.Entry> entriesWithin(SyntaxCode code, int call) {
        List<SyntaxCode.Entry> out = new ArrayList<>(code.entries(call));
        int list = code.argumentList(call);
        if (list != SyntaxTree.NONE) {
            for (int node = list + 1; node < code.tree().subtreeEnd(list); node++) {
                out.addAll(code.entries(node));
            }
        }
        return out;
    }

    /** The model argument of a call, or null. */
    Model modelOf(int call) {
        for (SyntaxCode.Entry entry : entriesWithin(code, call)) {
            boolean deployment = DEPLOYMENT_KEYS.contains(entry.key());
            if ((deployment || MODEL_KEYS.contains(entry.key())) && !SyntaxStrings.isString(tree, entry.keyNode())) {
                SyntaxValues.Value value = values.resolve(entry.value());
                if (value != null && !value.text().isBlank()) {
                    return new Model(value, deployment, tree.start(entry.keyNode()));
                }
            }
        }
        return null;
    }

    /** Sampling parameters written as numbers in a call. */
    Map<String, Object> parametersOf(int call) {
        Map<String, Object> out = new TreeMap<>();
        for (SyntaxCode.Entry entry : entriesWithin(code, call)) {
            if (PARAMETER_KEYS.contains(entry.key())) {
                String number = tree.text(entry.value()).replaceAll("\\s+", "");
                if (NUMBER.matcher(number).matches()) {
                    out.putIfAbsent(entry.key(), number.contains(".") ? (Object) Double.valueOf(number) : (Object) Long.valueOf(number));
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Records every model reference of the file not already recorded with a prompt. */
    void read(Set<Integer> usedWithPrompts) {
        recorded.addAll(usedWithPrompts);
        Set<String> azureClients = azureClients();
        boolean sentenceTransformers = file.text().contains("sentence_transformers");
        for (int node = 0; node < tree.size(); node++) {
            boolean call = code.isCall(node);
            List<String> path = call ? code.calleePath(node) : List.of();
            String callee = path.isEmpty() ? "" : path.get(path.size() - 1);
            String provider = callee.equals("init_chat_model") ? providerOf(node) : null;
            // a registry entry: ModelConfig(id="anthropic:claude-..."), ModelSpec(id=...)
            boolean registry = call && callee.contains("Model");
            // the OpenAI SDK's Azure client takes the deployment name where the vendor's takes the model
            boolean azureCall = call && path.size() > 1 && azureClients.contains(code.scopeOf(node) + ":" + path.get(0));
            for (SyntaxCode.Entry entry : code.entries(node)) {
                boolean deployment = DEPLOYMENT_KEYS.contains(entry.key()) || azureCall && entry.key().equals("model");
                boolean model = MODEL_KEYS.contains(entry.key()) || registry && entry.key().equals("id");
                if ((deployment || model) && !SyntaxStrings.isString(tree, entry.keyNode())) {
                    record(entry.keyNode(), deployment, values.resolve(entry.value()), null, provider);
                }
            }
            boolean deploymentMethod = DEPLOYMENT_METHODS.contains(callee) && path.size() > 1;
            if (call && (MODEL_METHODS.contains(callee) && path.size() > 1 || deploymentMethod || callee.equals("init_chat_model"))) {
                SyntaxCode.Argument first = firstPositional(node);
                if (first != null) {
                    record(code.calleeName(node), deploymentMethod, values.resolve(first.value()), null, provider);
                }
            }
            if (call && (PRETRAINED.contains(callee) || sentenceTransformers && SENTENCE_TRANSFORMERS.contains(callee))) {
                pretrained(node);
            }
        }
        for (SyntaxValues.Declaration declaration : values.declared()) {
            boolean deployment = DEPLOYMENT_KEYS.contains(declaration.name());
            if (deployment || MODEL_KEYS.contains(declaration.name())) {
                SyntaxValues.Value value = declaredField(declaration) != SyntaxTree.NONE ? settingDefault(declaration) : values.valueOf(declaration);
                record(declaration.nameNode(), deployment, value, null, null);
            } else if (!declaration.field() && code.isClass(declaration.scope()) && MODEL_FIELD.matcher(declaration.name()).matches()) {
                record(declaration.nameNode(), false, settingDefault(declaration), null, null);
            } else if (!declaration.field() && !code.isClass(declaration.scope()) && declaration.scope() != tree.root()) {
                // inside a function: a module constant is read where a call uses it
                configuredVariable(declaration);
            }
        }
    }

    /**
     * Variables holding an Azure OpenAI client of the OpenAI SDK ({@code client = AzureOpenAI(...)}),
     * as {@code scope:name}: a name counts only in the function that assigns it, and only when
     * every assignment there is such a client ({@code client = self.client or genai.Client()} is not).
     */
    private Set<String> azureClients() {
        Map<String, Boolean> byName = new HashMap<>();
        for (SyntaxValues.Declaration declaration : values.declared()) {
            if (declaration.field()) {
                continue;
            }
            int value = declaration.value();
            List<String> callee = value != SyntaxTree.NONE && code.isCall(value) ? code.calleePath(value) : List.of();
            boolean azure = !callee.isEmpty() && AzureModelSettings.isClient(callee.get(callee.size() - 1));
            byName.merge(declaration.scope() + ":" + declaration.name(), azure, Boolean::logicalAnd);
        }
        Set<String> out = new HashSet<>();
        byName.forEach((key, azure) -> {
            if (azure) {
                out.add(key);
            }
        });
        return out;
    }

    /**
     * A variable named like a model or deployment that reads the environment with a default
     * written beside it ({@code openai_chat_model = os.getenv("AZURE_OPENAI_CHAT_MODEL") or "gpt-4o"}):
     * the configuration of the file, named where the default is. Without the environment read a
     * variable called {@code chat_model} is as often a client object as a name, so it is left alone.
     */
    private void configuredVariable(SyntaxValues.Declaration declaration) {
        String name = declaration.name().toLowerCase(java.util.Locale.ROOT);
        boolean deployment = DEPLOYMENT_VARIABLE.matcher(name).matches();
        if (declaration.value() == SyntaxTree.NONE || !deployment && !MODEL_FIELD.matcher(name).matches()) {
            return;
        }
        String written = tree.text(declaration.value());
        if (ENVIRONMENT_READS.stream().noneMatch(written::contains)) {
            return;
        }
        SyntaxValues.Value value = values.valueOf(declaration);
        if (value != null && value.literal()) {
            ModelPinning.Origin origin = deployment ? ModelPinning.Origin.DEPLOYMENT
                    : AzureModelSettings.originOf(declaration.name(), written);
            record(declaration.nameNode(), origin, value, null, null);
        }
    }

    /**
     * The model fields of settings classes in a file that imports no LLM library (a toolkit's
     * {@code ModelArguments} dataclass: {@code model: str = field(default="Qwen/Qwen3-4B")}). Without
     * the library, {@code model = "invoice"} is as likely as a model, so only a default written as
     * a hub id ({@code org/name}) in a class named like settings ({@code *Arguments}, {@code *Config} …)
     * counts: a {@code Vehicle} record's {@code model = "ford/focus"} does not.
     */
    void readSettings() {
        for (SyntaxValues.Declaration declaration : values.declared()) {
            String name = declaration.name();
            boolean modelField = MODEL_KEYS.contains(name) || PRETRAINED_KEYS.contains(name) || MODEL_FIELD.matcher(name).matches();
            if (declaration.field() || !code.isClass(declaration.scope()) || !modelField
                    || !SETTINGS_CLASS.matcher(tree.text(tree.child(declaration.scope(), "name"))).matches()) {
                continue;
            }
            SyntaxValues.Value value = settingDefault(declaration);
            if (value != null && HUB_ID.matcher(value.text().strip()).matches()) {
                record(declaration.nameNode(), false, value, null, null);
            }
        }
    }

    /** The {@code Field(...)} (pydantic) or {@code field(...)} (dataclasses) call a declaration is set to, or NONE. */
    private int declaredField(SyntaxValues.Declaration declaration) {
        int value = declaration.value();
        if (value == SyntaxTree.NONE || !code.isCall(value)) {
            return SyntaxTree.NONE;
        }
        List<String> path = code.calleePath(value);
        String callee = path.isEmpty() ? "" : path.get(path.size() - 1);
        return callee.equals("Field") || callee.equals("field") ? value : SyntaxTree.NONE;
    }

    /**
     * The default of a settings field: {@code research_model: str = "openai:gpt-4.1"} or pydantic's
     * {@code Field(default="openai:gpt-4.1", ...)}.
     */
    private SyntaxValues.Value settingDefault(SyntaxValues.Declaration declaration) {
        int value = declaration.value();
        if (value != SyntaxTree.NONE && code.isCall(value)) {
            if (declaredField(declaration) != SyntaxTree.NONE) {
                for (SyntaxCode.Argument argument : code.arguments(value)) {
                    if ("default".equals(argument.name()) || argument.name() == null && argument == code.arguments(value).get(0)) {
                        SyntaxValues.Value given = values.resolve(argument.value());
                        return given != null && given.literal() ? given : null;
                    }
                }
            }
            return null;
        }
        SyntaxValues.Value given = values.valueOf(declaration);
        return given != null && given.literal() ? given : null;
    }

    private String providerOf(int call) {
        for (SyntaxCode.Argument argument : code.arguments(call)) {
            if ("model_provider".equals(argument.name())) {
                SyntaxValues.Value value = values.resolve(argument.value());
                return value == null || !value.literal() ? null : value.text();
            }
        }
        return null;
    }

    private SyntaxCode.Argument firstPositional(int call) {
        List<SyntaxCode.Argument> arguments = code.arguments(call);
        return arguments.isEmpty() || arguments.get(0).name() != null ? null : arguments.get(0);
    }

    private void pretrained(int call) {
        SyntaxValues.Value model = null;
        String revision = null;
        for (SyntaxCode.Argument argument : code.arguments(call)) {
            if (model == null && (argument.name() == null || PRETRAINED_KEYS.contains(argument.name()))) {
                model = values.resolve(argument.value());
            } else if ("revision".equals(argument.name())) {
                SyntaxValues.Value given = values.resolve(argument.value());
                revision = given == null ? null : given.text();
            }
        }
        record(code.calleeName(call), ModelPinning.Origin.HUB, model, revision, null);
    }

    /** A model reference of the file itself: {@code <file>#model:L<line>.<field>}. */
    private void record(int at, boolean deployment, SyntaxValues.Value value, String revision, String provider) {
        record(at, deployment ? ModelPinning.Origin.DEPLOYMENT : ModelPinning.Origin.MODEL, value, revision, provider);
    }

    private void record(int at, ModelPinning.Origin origin, SyntaxValues.Value value, String revision, String provider) {
        boolean deployment = origin == ModelPinning.Origin.DEPLOYMENT;
        if (value == null || value.text().isBlank()) {
            return;
        }
        if (!ModelRefs.namesAModel(value.text()) && values.lookupBehind(value) != null) {
            // os.getenv("LLM_MODEL", "default"): the placeholder names no model, the variable does
            value = values.lookupBehind(value);
        }
        if (parameterDefaults == null) {
            parameterDefaults = new ParameterDefaults(tree, values);
        }
        // a parameter's default is one reference, at the parameter, however many lines forward it
        int parameter = parameterDefaults.parameterOf(value);
        if (parameter != SyntaxTree.NONE) {
            at = parameter;
        }
        if (!recorded.add(tree.start(at))) {
            return;
        }
        String field = deployment ? "deployment" : "model";
        if (PRETRAINED.contains(tree.text(at))) {
            field = "from_pretrained";
        }
        int line = file.lineOf(tree.start(at));
        String path = unique("L" + line + "." + field);
        ModelRefs.Reference reference = new ModelRefs.Reference(value.text(), revision, origin, provider);
        if (ModelRefs.record(sink, file.subjectId(), path, field, reference, sink.location(line)) != null) {
            markFound();
        }
    }

    String unique(String id) {
        int count = ids.merge(id, 1, Integer::sum);
        return count == 1 ? id : id + "~" + count;
    }

    void markFound() {
        if (!found) {
            sink.classify("code", format, "parsed");
            found = true;
        }
    }

    boolean found() {
        return found;
    }
}
