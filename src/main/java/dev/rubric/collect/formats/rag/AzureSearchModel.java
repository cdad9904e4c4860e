package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.refs.AzureModelSettings;
import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Azure AI Search objects one source file constructs, read from the SDK's classes: Python
 * passes keyword arguments ({@code vector_search_dimensions=1536}), .NET constructor arguments and
 * object initializers ({@code VectorSearchDimensions = 1536}), so every argument is looked up under
 * both spellings. Names that link objects are kept as written when they are not literals.
 */
final class AzureSearchModel {
    /** A vector field; {@code dimensionFrom} is the expression the dimension is computed from, when it is no literal. */
    record Field(String name, Long dimension, String dimensionFrom, String profile, String algorithm, int line, int scope) {
    }

    record Algorithm(String name, String kind, String metric, Map<String, Object> parameters) {
    }

    record Profile(String name, String algorithm, String vectorizer) {
    }

    record Vectorizer(String name, String kind, String model, String deployment, String modelVariable, int line) {
    }

    record Query(String kind, String fields, Long topK, String exhaustive, int line) {
    }

    private static final Pattern ENV = Pattern.compile(
            "^(?:os\\.environ\\[|os\\.getenv\\(|os\\.environ\\.get\\(|Environment\\.GetEnvironmentVariable\\()[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']");

    private final CodeFile code;
    private final boolean dotnet;
    private final Map<Integer, Call> byNode = new HashMap<>();
    private final List<Field> fields = new ArrayList<>();
    private final List<Algorithm> algorithms = new ArrayList<>();
    private final List<Profile> profiles = new ArrayList<>();
    private final List<Vectorizer> vectorizers = new ArrayList<>();
    /** Index names by the function (or file, -1) that builds them; a name that is no literal is null. */
    private final List<Map.Entry<Integer, String>> indexes = new ArrayList<>();
    private final List<Query> queries = new ArrayList<>();
    /** Literal models of the embedding calls of the file ({@code client.embeddings.create(model=...)}), with their lines. */
    private final Map<String, Integer> embeddingModels = new java.util.LinkedHashMap<>();
    private static final Set<String> VENDOR_CLIENTS = Set.of("OpenAI", "AsyncOpenAI");
    /** The Python SearchClient's methods that write documents into the index. */
    private static final Set<String> UPLOADS = Set.of("upload_documents", "merge_or_upload_documents", "index_documents");
    private boolean embedsThroughAzure;

    private AzureSearchModel(CodeFile code, boolean dotnet) {
        this.code = code;
        this.dotnet = dotnet;
        boolean azureClient = false;
        boolean vendorClient = false;
        for (Call call : code.calls()) {
            byNode.put(call.node(), call);
            String constructor = call.callee().substring(call.callee().lastIndexOf('.') + 1);
            azureClient |= AzureModelSettings.isClient(constructor);
            vendorClient |= VENDOR_CLIENTS.contains(constructor);
            if (call.form() == Call.Form.CALL && call.callee().toLowerCase(Locale.ROOT).endsWith("embeddings.create")) {
                int model = call.keyword("model");
                String name = code.string(model);
                if (name == null && code.tree().is(model, "identifier")) {
                    name = assignedEverywhere(code.tree().text(model));
                }
                if (name != null && !name.isBlank()) {
                    embeddingModels.putIfAbsent(name, code.lineOf(code.tree().start(model)));
                }
            }
        }
        embedsThroughAzure = azureClient && !vendorClient;
    }

    /**
     * The string literal a local variable is given ({@code deployment = "text-embedding-ada-002"}
     * inside the function, then {@code model=deployment}), when every assignment of that name in
     * the file gives the same one; else null.
     */
    private String assignedEverywhere(String variable) {
        SyntaxTree tree = code.tree();
        String value = null;
        for (int node = 0; node < tree.size(); node++) {
            if (!tree.is(node, "assignment") || !tree.text(tree.child(node, "left")).equals(variable)) {
                continue;
            }
            String assigned = code.string(tree.child(node, "right"));
            if (assigned == null || value != null && !value.equals(assigned)) {
                return null;
            }
            value = assigned;
        }
        return value;
    }

    /**
     * True when the file's only OpenAI clients are Azure ones, whose {@code model=} is the name of
     * a deployment rather than of a model.
     */
    boolean embedsThroughAzure() {
        return embedsThroughAzure;
    }

    /**
     * The model the file embeds its queries (and the documents it uploads) with: the one literal
     * model of its OpenAI embedding calls; null when there is none, or several (which one feeds
     * which query is then unknown).
     */
    Map.Entry<String, Integer> queryEmbedding() {
        return embeddingModels.size() == 1 ? embeddingModels.entrySet().iterator().next() : null;
    }

    /**
     * True when the file uploads documents to an index ({@code search_client.upload_documents(docs)}):
     * without a vectorizer, their vectors are the file's own embeddings.
     */
    boolean uploadsDocuments() {
        for (Call call : code.calls()) {
            if (call.form() == Call.Form.CALL && call.callee().contains(".") && UPLOADS.contains(call.name())) {
                return true;
            }
        }
        return false;
    }

    static AzureSearchModel read(CodeFile code, boolean dotnet) {
        AzureSearchModel model = new AzureSearchModel(code, dotnet);
        for (Call call : code.calls()) {
            if (model.fromSdk(call)) {
                model.add(call);
            }
        }
        return model;
    }

    /**
     * The JavaScript SDK takes plain objects, typed only in TypeScript: an index is an object
     * with {@code fields} and {@code vectorSearch}, a vector field one with
     * {@code vectorSearchDimensions}, a query one with {@code kind: "vector"} or {@code "text"}
     * and {@code kNearestNeighborsCount}. Objects are known by these property names, which only
     * this SDK's shapes combine.
     */
    static AzureSearchModel readObjects(CodeFile code) {
        AzureSearchModel model = new AzureSearchModel(code, false);
        SyntaxTree tree = code.tree();
        for (int node = 0; node < tree.size(); node++) {
            if (tree.is(node, "object")) {
                model.addObject(node);
            }
        }
        return model;
    }

    private void addObject(int object) {
        String kind = code.string(code.property(object, "kind"));
        int line = code.lineOf(code.tree().start(object));
        int dimension = code.property(object, "vectorSearchDimensions");
        if (dimension != SyntaxTree.NONE) {
            fields.add(new Field(name(code.property(object, "name")), code.number(dimension), dimensionFrom(dimension),
                    name(code.property(object, "vectorSearchProfileName")), null, line, scope(object)));
        } else if (code.property(object, "algorithmConfigurationName") != SyntaxTree.NONE) {
            int vectorizer = code.property(object, "vectorizerName");
            profiles.add(new Profile(name(code.property(object, "name")), name(code.property(object, "algorithmConfigurationName")),
                    name(vectorizer != SyntaxTree.NONE ? vectorizer : code.property(object, "vectorizer"))));
        } else if ("hnsw".equals(kind) || "exhaustiveKnn".equals(kind)) {
            int parameters = code.property(object, "parameters");
            Map<String, Object> settings = new TreeMap<>();
            number(settings, "m", code.property(parameters, "m"));
            number(settings, "efConstruction", code.property(parameters, "efConstruction"));
            number(settings, "efSearch", code.property(parameters, "efSearch"));
            algorithms.add(new Algorithm(name(code.property(object, "name")), kind, metric(code.property(parameters, "metric")), settings));
        } else if ("azureOpenAI".equals(kind) || "aml".equals(kind)) {
            int parameters = firstOf(object, "parameters", "azureOpenAIParameters", "amlParameters");
            int modelNode = code.property(parameters, "modelName");
            String deployment = code.string(firstOf(parameters, "deploymentId", "deploymentName"));
            int name = firstOf(object, "vectorizerName", "name");
            vectorizers.add(new Vectorizer(name(name), kind, code.string(modelNode), deployment, null,
                    modelNode == SyntaxTree.NONE ? line : code.lineOf(code.tree().start(modelNode))));
        } else if (("vector".equals(kind) || "text".equals(kind)) && code.property(object, "fields") != SyntaxTree.NONE) {
            queries.add(new Query(kind, strings(code.property(object, "fields")), code.number(code.property(object, "kNearestNeighborsCount")),
                    code.value(code.property(object, "exhaustive")), line));
        } else if (code.tree().is(code.property(object, "fields"), "array") && code.property(object, "vectorSearch") != SyntaxTree.NONE) {
            indexes.add(Map.entry(scope(object), nullable(code.string(code.property(object, "name")))));
        }
    }

    private int firstOf(int object, String... names) {
        for (String name : names) {
            int value = code.property(object, name);
            if (value != SyntaxTree.NONE) {
                return value;
            }
        }
        return SyntaxTree.NONE;
    }



    List<Field> fields() {
        return fields;
    }

    /**
     * The index a field belongs to: the only index the file builds, else the one built in the
     * same function as the field; null when that is not known or its name is no literal.
     */
    String indexOf(Field field) {
        if (indexes.size() == 1) {
            return indexes.get(0).getValue();
        }
        String found = null;
        int matches = 0;
        for (Map.Entry<Integer, String> index : indexes) {
            if (index.getKey() == field.scope()) {
                found = index.getValue();
                matches++;
            }
        }
        return matches == 1 ? found : null;
    }

    private int scope(int node) {
        return code.tree().ancestor(node, "function_definition", "method_declaration", "function_declaration", "method_definition",
                "arrow_function", "local_function_statement");
    }

    List<Query> queries() {
        return queries;
    }

    Profile profile(String name) {
        return find(profiles, name, Profile::name);
    }

    Algorithm algorithm(String name) {
        return find(algorithms, name, Algorithm::name);
    }

    Vectorizer vectorizer(String name) {
        return find(vectorizers, name, Vectorizer::name);
    }

    /** Python calls must resolve to the SDK; .NET names cannot be resolved, and the file's using of the SDK stands for it. */
    private boolean fromSdk(Call call) {
        if (call.form() == Call.Form.IMPORT || call.form() == Call.Form.DECORATOR) {
            return false;
        }
        return dotnet ? call.form() == Call.Form.NEW : call.qualified().startsWith("azure.search.documents.");
    }

    private void add(Call call) {
        switch (call.name()) {
            case "SearchField", "VectorSearchField" -> {
                boolean positional = call.name().equals("VectorSearchField");
                int dimension = arg(call, "vector_search_dimensions", positional ? 1 : -1);
                if (dimension != SyntaxTree.NONE) {
                    fields.add(new Field(name(arg(call, "name", 0)), code.number(dimension), dimensionFrom(dimension),
                            name(arg(call, "vector_search_profile_name", positional ? 2 : -1)),
                            name(arg(call, "vector_search_configuration", -1)), call.line(), scope(call.node())));
                }
            }
            case "HnswAlgorithmConfiguration", "HnswVectorSearchAlgorithmConfiguration" -> algorithm(call, "hnsw");
            case "ExhaustiveKnnAlgorithmConfiguration", "ExhaustiveKnnVectorSearchAlgorithmConfiguration" -> algorithm(call, "exhaustiveKnn");
            case "VectorSearchProfile" -> profiles.add(new Profile(name(arg(call, "name", 0)),
                    name(arg(call, "algorithm_configuration_name", 1)), name(arg(call, "vectorizer_name", -1, "vectorizer"))));
            case "AzureOpenAIVectorizer" -> vectorizer(call, "azureOpenAI",
                    arg(call, "parameters", -1, "azure_open_ai_parameters"), "deployment_name", "deployment_id");
            case "AzureMachineLearningVectorizer" -> vectorizer(call, "aml", arg(call, "aml_parameters", -1, "AMLParameters"));
            case "SearchIndex" -> indexes.add(Map.entry(scope(call.node()), nullable(code.string(arg(call, "name", 0)))));
            case "VectorizedQuery", "RawVectorQuery" -> query(call, "vector");
            case "VectorizableTextQuery" -> query(call, "text");
            default -> {
            }
        }
    }

    private void algorithm(Call call, String kind) {
        int parameters = arg(call, "parameters", -1, "hnsw_parameters", "exhaustive_knn_parameters");
        Map<String, Object> settings = new TreeMap<>();
        String metric = null;
        Call inner = byNode.get(parameters);
        if (inner != null) {
            metric = metric(arg(inner, "metric", -1));
            number(settings, "m", arg(inner, "m", -1));
            number(settings, "efConstruction", arg(inner, "ef_construction", -1));
            number(settings, "efSearch", arg(inner, "ef_search", -1));
        } else if (code.tree().is(parameters, "dictionary")) {
            Map<String, Integer> entries = dictionary(parameters);
            metric = entries.containsKey("metric") ? metric(entries.get("metric")) : null;
            number(settings, "m", entries.getOrDefault("m", SyntaxTree.NONE));
            number(settings, "efConstruction", entries.getOrDefault("efConstruction", entries.getOrDefault("ef_construction", SyntaxTree.NONE)));
            number(settings, "efSearch", entries.getOrDefault("efSearch", entries.getOrDefault("ef_search", SyntaxTree.NONE)));
        }
        algorithms.add(new Algorithm(name(arg(call, "name", 0)), kind, metric, settings));
    }

    private void vectorizer(Call call, String kind, int parameters, String... deploymentNames) {
        Call inner = byNode.get(parameters);
        String model = null;
        String deployment = null;
        String variable = null;
        int line = call.line();
        if (inner != null) {
            int modelNode = arg(inner, "model_name", -1);
            line = modelNode == SyntaxTree.NONE ? line : code.lineOf(code.tree().start(modelNode));
            model = code.string(modelNode);
            variable = model == null ? envVariable(modelNode) : null;
            for (String name : deploymentNames) {
                deployment = deployment != null ? deployment : code.string(arg(inner, name, -1));
            }
        }
        vectorizers.add(new Vectorizer(name(arg(call, "vectorizer_name", 0, "name")), kind, model, deployment, variable, line));
    }

    private void query(Call call, String kind) {
        int fieldsNode = arg(call, "fields", -1);
        queries.add(new Query(kind, strings(fieldsNode), code.number(arg(call, "k_nearest_neighbors", -1, "k", "KNearestNeighborsCount")),
                code.value(arg(call, "exhaustive", -1)), call.line()));
    }

    /**
     * An argument under its Python name, its .NET name (PascalCase) or any alias, else the
     * positional argument {@code position} (-1: none).
     */
    private int arg(Call call, String snake, int position, String... aliases) {
        List<String> names = new ArrayList<>();
        names.add(snake);
        names.addAll(List.of(aliases));
        for (String name : names) {
            int node = call.keyword(dotnet ? pascal(name) : name);
            if (node == SyntaxTree.NONE && dotnet) {
                node = call.keyword(name);
            }
            if (node != SyntaxTree.NONE) {
                return node;
            }
        }
        return position < 0 ? SyntaxTree.NONE : call.positional(position);
    }

    /** Map entries hold no null: an index whose name is computed is kept under the empty name. */
    private static String nullable(String name) {
        return name == null ? "" : name;
    }

    private String dimensionFrom(int node) {
        return code.number(node) == null ? code.expression(node) : null;
    }

    /** A linking name: the literal, else the expression as written. */
    private String name(int node) {
        if (node == SyntaxTree.NONE) {
            return null;
        }
        String literal = code.string(node);
        return literal != null ? literal : code.expression(node);
    }

    /** {@code "cosine"}, {@code VectorSearchAlgorithmMetric.COSINE}, {@code VectorSearchAlgorithmMetric.DotProduct}. */
    private String metric(int node) {
        if (node == SyntaxTree.NONE) {
            return null;
        }
        String literal = code.string(node);
        if (literal != null) {
            return literal;
        }
        String text = code.expression(node);
        return text.contains("Metric.") ? text.substring(text.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : null;
    }

    private void number(Map<String, Object> settings, String name, int node) {
        Long value = node == SyntaxTree.NONE ? null : code.number(node);
        if (value != null) {
            settings.put(name, value);
        }
    }

    /** A string, or the strings of a list or a .NET collection initializer, joined with commas. */
    private String strings(int node) {
        SyntaxTree tree = code.tree();
        if (node == SyntaxTree.NONE) {
            return null;
        }
        String single = code.string(node);
        if (single != null) {
            return single;
        }
        List<String> out = new ArrayList<>();
        for (int item = tree.firstChild(node); item != SyntaxTree.NONE; item = tree.nextSibling(item)) {
            String value = code.string(item);
            if (value != null) {
                out.add(value);
            }
        }
        return out.isEmpty() ? null : String.join(",", out);
    }

    private Map<String, Integer> dictionary(int node) {
        SyntaxTree tree = code.tree();
        Map<String, Integer> out = new HashMap<>();
        for (int pair = tree.firstChild(node); pair != SyntaxTree.NONE; pair = tree.nextSibling(pair)) {
            if (tree.is(pair, "pair")) {
                String key = code.string(tree.child(pair, "key"));
                if (key != null) {
                    out.put(key, tree.child(pair, "value"));
                }
            }
        }
        return out;
    }

    /** The environment variable a value is read from ({@code os.environ["X"]}), or null. */
    private String envVariable(int node) {
        if (node == SyntaxTree.NONE) {
            return null;
        }
        Matcher matcher = ENV.matcher(code.expression(node));
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * The object a name links to. A literal name must match; a computed one matches the same
     * expression, or the only candidate when the file has one.
     */
    private static <T> T find(List<T> candidates, String name, java.util.function.Function<T, String> nameOf) {
        if (name == null) {
            return null;
        }
        for (T candidate : candidates) {
            if (name.equals(nameOf.apply(candidate))) {
                return candidate;
            }
        }
        boolean computed = !name.matches("[\\w.-]+");
        return computed && candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static String pascal(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
