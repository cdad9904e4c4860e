package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxCode;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxValues;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ModelRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retrieval set up with LangChain4j in Java code: the embedding store built
 * ({@code new InMemoryEmbeddingStore<>()}, {@code PgVectorEmbeddingStore.builder().dimension(384)}),
 * the splitter ({@code DocumentSplitters.recursive(300, 0)}: chunk size and overlap), the
 * retriever ({@code EmbeddingStoreContentRetriever.builder().maxResults(3).minScore(0.6)}) and the
 * embedding model, become one application record of the file. The embedding model is the one
 * model the file builds for it: an in-process model whose weights ship in a LangChain4j artifact
 * ({@code new AllMiniLmL6V2EmbeddingModel()}, pinned by the dependency's version) or an API
 * model's {@code .modelName(...)}. Models LangChain4j names by enum constant
 * ({@code .modelName(GPT_4_O_MINI)}) are model references wherever they are passed. Every type is
 * matched by the name it is imported as from {@code dev.langchain4j}, never by its text alone.
 */
public final class Langchain4jRagParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.java"));
    private static final Needles LIBRARY = Needles.of("dev.langchain4j");
    private static final String PACKAGE = "dev.langchain4j.";
    private static final String FORMAT = "langchain4j";
    private static final Map<String, String> ONE_WORD_STORES = Map.of("PgVector", "pgvector", "OpenSearch", "opensearch",
            "MongoDbAtlas", "mongodb-atlas", "Neo4j", "neo4j");

    public Langchain4jRagParser() {
        super("langchain4j-code", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        CodeFile code = CodeFile.parseIfMentions(file, LIBRARY, reason -> sink.error(0, 0, "LangChain4j set-up in code not read: " + reason));
        if (code == null || code.tree().grammar() != Grammar.JAVA) {
            return false;
        }
        return new Reading(file, sink, code).run();
    }

    /** An embedding model the file builds: where, and the verdict when its name alone cannot give one. */
    private record Embedding(String model, int line, int offset, ModelPinning.Verdict verdict) {
    }

    private static final class Reading {
        private final ParsedFile file;
        private final FileSink sink;
        private final CodeFile code;
        private final SyntaxTree tree;
        private final SyntaxCode syntax;
        private final SyntaxValues values;
        private final Langchain4jModels table = Langchain4jModels.table();
        /** By model name: the same model built twice is one embedding model. */
        private final Map<String, Embedding> embeddings = new LinkedHashMap<>();
        private final List<Integer> constantArguments = new ArrayList<>();
        private String store;
        private Long dimension;
        private Long chunkSize;
        private Long chunkOverlap;
        private Long topK;
        private String minScore;
        private int firstLine;
        private boolean retrieval;

        Reading(ParsedFile file, FileSink sink, CodeFile code) {
            this.file = file;
            this.sink = sink;
            this.code = code;
            this.tree = code.tree();
            this.syntax = new SyntaxCode(tree);
            this.values = new SyntaxValues(syntax);
        }

        boolean run() {
            for (int node = 0; node < tree.size(); node++) {
                if (tree.is(node, "object_creation_expression")) {
                    construction(node);
                } else if (tree.is(node, "method_invocation")) {
                    invocation(node);
                }
            }
            boolean found = constantModels();
            if (retrieval) {
                emitRecord();
                found = true;
            } else {
                for (Embedding embedding : embeddings.values()) {
                    if (embedding.verdict() != null) {
                        bundledModel(embedding);
                        found = true;
                    }
                }
            }
            if (found) {
                sink.classify("code", code.format(), "parsed");
            }
            return found;
        }

        private void construction(int node) {
            String type = simpleName(tree.child(node, "type"));
            if (type == null || !fromLibrary(type)) {
                return;
            }
            collectConstantArguments(tree.child(node, "arguments"));
            Langchain4jModels.Bundled bundled = table.bundled(type);
            if (bundled != null) {
                int line = code.lineOf(tree.start(node));
                embeddings.putIfAbsent(bundled.model(), new Embedding(bundled.model(), line, tree.start(node),
                        new ModelPinning.Verdict(null, bundled.model(), ModelRef.PINNED,
                                "in-process model whose weights ship inside dev.langchain4j:" + bundled.artifact()
                                        + "; the dependency's version fixes them")));
            } else if (type.endsWith("EmbeddingStore")) {
                vectorStore(type, node);
            }
        }

        private void invocation(int node) {
            String name = tree.text(tree.child(node, "name"));
            int object = tree.child(node, "object");
            int arguments = tree.child(node, "arguments");
            String root = builderRoot(node);
            boolean embeddingModelName = root != null && root.endsWith("EmbeddingModel") && name.equals("modelName");
            // a constant is a mention; the embedding record, when there is one, states the same model with more meaning
            collectConstantArguments(arguments);
            if (name.equals("builder") && tree.is(object, "identifier") && tree.text(object).endsWith("EmbeddingStore")
                    && fromLibrary(tree.text(object))) {
                vectorStore(tree.text(object), node);
            } else if (name.equals("recursive") && tree.is(object, "identifier") && tree.text(object).equals("DocumentSplitters")
                    && fromLibrary("DocumentSplitters")) {
                chunkSize = number(argument(arguments, 0));
                chunkOverlap = number(argument(arguments, 1));
                mark(node);
            } else if (root == null || !fromLibrary(root)) {
                return;
            } else if (root.equals("EmbeddingStoreContentRetriever")) {
                mark(node);
                if (name.equals("maxResults")) {
                    topK = number(argument(arguments, 0));
                } else if (name.equals("minScore")) {
                    minScore = decimal(argument(arguments, 0));
                }
            } else if (root.equals("EmbeddingStoreIngestor")) {
                mark(node);
            } else if (root.endsWith("EmbeddingStore") && name.equals("dimension")) {
                dimension = number(argument(arguments, 0));
            } else if (embeddingModelName) {
                String model = modelName(argument(arguments, 0));
                if (model != null) {
                    embeddings.putIfAbsent(model, new Embedding(model, code.lineOf(tree.start(node)), tree.start(node), null));
                }
            }
        }

        private void vectorStore(String type, int node) {
            if (store == null) {
                String name = type.substring(0, type.length() - "EmbeddingStore".length());
                store = name.isEmpty() ? null : storeName(name);
            }
            mark(node);
        }

        private void mark(int node) {
            retrieval = true;
            int line = code.lineOf(tree.start(node));
            firstLine = firstLine == 0 ? line : Math.min(firstLine, line);
        }

        private void emitRecord() {
            RagRecord record = new RagRecord(store != null ? store : FORMAT, FORMAT, RagRecord.APPLICATION, firstLine);
            record.dimension = dimension;
            record.chunkSize = chunkSize;
            record.chunkOverlap = chunkOverlap;
            record.topK = topK;
            record.setting("minScore", minScore);
            record.setting("framework", FORMAT);
            // with several embedding models in one file, which one the store holds is not written down
            if (embeddings.size() == 1) {
                Embedding embedding = embeddings.values().iterator().next();
                record.embedding(embedding.model(), embedding.line());
                record.embeddingVerdict = embedding.verdict();
                record.embeddingDeclared = true;
            } else {
                embeddings.values().stream().filter(e -> e.verdict() != null).forEach(this::bundledModel);
            }
            RagRecord.emitAll(file.subjectId(), sink, List.of(record));
        }

        private void bundledModel(Embedding embedding) {
            ModelPinning.Verdict verdict = embedding.verdict();
            sink.model(new ModelRef(file.subjectId() + "#model:L" + embedding.line() + ".embedding", sink.location(embedding.line()),
                    verdict.name(), null, null, verdict.pinning(), verdict.reason(), file.subjectId(), "embedding"));
        }

        /** Model-name constants passed as arguments: {@code .modelName(GPT_4_O_MINI)}, {@code new OpenAiTokenCountEstimator(GPT_4_O)}. */
        private boolean constantModels() {
            boolean found = false;
            for (int argument : constantArguments) {
                String model = constant(argument);
                int line = code.lineOf(tree.start(argument));
                if (model != null && ModelRefs.record(sink, file.subjectId(), "L" + line + ".model", "model",
                        ModelRefs.Reference.of(model), sink.location(line)) != null) {
                    found = true;
                }
            }
            return found;
        }

        private void collectConstantArguments(int arguments) {
            if (arguments == SyntaxTree.NONE) {
                return;
            }
            for (int c = tree.firstChild(arguments); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                if (tree.is(c, "identifier") || tree.is(c, "field_access")) {
                    constantArguments.add(c);
                }
            }
        }

        /** The model a name argument gives: a string, a constant holding one, or a library enum constant. */
        private String modelName(int node) {
            String constant = constant(node);
            if (constant != null) {
                return constant;
            }
            SyntaxValues.Value value = values.resolve(node);
            return value != null && value.literal() && !value.text().isBlank() ? value.text().strip() : null;
        }

        /** {@code OpenAiChatModelName.GPT_4_O_MINI}, or {@code GPT_4_O_MINI} imported statically from it. */
        private String constant(int node) {
            String qualified;
            if (tree.is(node, "identifier")) {
                qualified = code.imports().resolve(tree.text(node));
            } else if (tree.is(node, "field_access") && tree.is(tree.child(node, "object"), "identifier")) {
                String enumName = tree.text(tree.child(node, "object"));
                String imported = code.imports().resolve(enumName);
                qualified = imported == null ? null : imported + "." + tree.text(tree.child(node, "field"));
            } else {
                return null;
            }
            if (qualified == null || !qualified.startsWith(PACKAGE)) {
                return null;
            }
            String[] parts = qualified.split("\\.");
            return parts.length < 2 ? null : table.constant(parts[parts.length - 2], parts[parts.length - 1]);
        }

        /** The class whose {@code builder()} a chain of calls starts from: {@code X} of {@code X.builder().a().b()}. */
        private String builderRoot(int invocation) {
            int node = invocation;
            while (tree.is(node, "method_invocation")) {
                int object = tree.child(node, "object");
                if (tree.is(object, "identifier") && "builder".equals(tree.text(tree.child(node, "name")))) {
                    return tree.text(object);
                }
                node = object;
            }
            return null;
        }

        private boolean fromLibrary(String simpleName) {
            String imported = code.imports().resolve(simpleName);
            return imported != null && imported.startsWith(PACKAGE);
        }

        private String simpleName(int type) {
            if (tree.is(type, "generic_type")) {
                type = tree.namedChild(type, 0);
            }
            return tree.is(type, "type_identifier") ? tree.text(type) : null;
        }

        private int argument(int arguments, int index) {
            return arguments == SyntaxTree.NONE ? SyntaxTree.NONE : tree.namedChild(arguments, index);
        }

        /** A whole number written as a literal, or held by a local or field assigned one. */
        private Long number(int node) {
            String text = literalNumber(node);
            if (text == null || !text.chars().allMatch(Character::isDigit) || text.isEmpty() || text.length() > 18) {
                return null;
            }
            return Long.valueOf(text);
        }

        private String decimal(int node) {
            String text = literalNumber(node);
            return text != null && text.matches("\\d+(\\.\\d+)?") ? text : null;
        }

        private String literalNumber(int node) {
            if (node == SyntaxTree.NONE) {
                return null;
            }
            if (tree.is(node, "identifier")) {
                node = declaredValue(node);
                if (node == SyntaxTree.NONE) {
                    return null;
                }
            }
            if (tree.is(node, "decimal_integer_literal") || tree.is(node, "decimal_floating_point_literal")) {
                return tree.text(node).replace("_", "").replaceAll("[lLdDfF]$", "");
            }
            return null;
        }

        /** The value a name was declared with in a scope enclosing {@code identifier}: the innermost such. */
        private int declaredValue(int identifier) {
            String name = tree.text(identifier);
            int at = tree.start(identifier);
            int best = SyntaxTree.NONE;
            int bestStart = -1;
            for (SyntaxValues.Declaration declaration : values.declared()) {
                int scope = declaration.scope();
                if (declaration.name().equals(name) && declaration.value() != SyntaxTree.NONE && !declaration.field()
                        && tree.start(scope) <= at && at < tree.end(scope) && tree.start(scope) > bestStart) {
                    best = declaration.value();
                    bestStart = tree.start(scope);
                }
            }
            return best;
        }

        /**
         * {@code InMemory} → {@code in-memory}, {@code AzureAiSearch} → {@code azure-ai-search}; the stores other
         * formats already name as one word keep that name.
         */
        private static String storeName(String name) {
            String oneWord = ONE_WORD_STORES.get(name);
            return oneWord != null ? oneWord : name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }
    }
}
