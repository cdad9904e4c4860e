package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.refs.AzureModelSettings;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model and deployment names a JavaScript or TypeScript application configures for itself
 * under names of its own: a config object's {@code azureOpenAiChatGptModel:
 * process.env.AZURE_OPENAI_CHATGPT_MODEL || 'gpt-4o-mini'}, a constructor's
 * {@code private embeddingModelName: string = 'text-embedding-ada-002'}, a config module's
 * {@code const CHAT_MODEL = process.env.CHAT_MODEL ?? 'gpt-4o'} (in a file that calls an LLM
 * library, {@link ModelArguments} reads such a variable where a call uses it). The name must say model or
 * deployment as a compound ({@code chatModel}, {@code EMBEDDING_DEPLOYMENT}); the bare
 * {@code model:} keys of SDK calls are {@link ModelArguments}' part. A default beside an
 * environment read is configuration wherever it is written; a plain literal counts only under a
 * camelCase name in a file that uses an LLM library, since {@code selectedModel = 'default'} is as
 * often a UI state as a model, and {@code HEADER_EMBEDDING_MODEL = 'x-ms-embedding-model'} a header.
 */
public final class ConfiguredModelsParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            Signature.weak("*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"));
    private static final List<String> ENVIRONMENT = List.of("process.env", "import.meta.env", "Deno.env", "Bun.env");
    private static final Needles ENVIRONMENT_READS = Needles.of(ENVIRONMENT);
    private static final Needles CONFIGURATION = Needles.of(List.of("Model", "MODEL", "Deployment", "DEPLOYMENT"));
    private static final Needles LLM_LIBRARY = Needles.of(InlinePromptParser.LLM_SIGNALS);
    /** {@code chatModel}, {@code azureOpenAiEmbeddingModelName}, {@code gptDeployment}. */
    private static final Pattern CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*(Model|Deployment)(?:Name|Id)?");
    /** {@code CHAT_MODEL}, {@code AZURE_OPENAI_EMBEDDING_DEPLOYMENT_NAME}. */
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*_(MODEL|DEPLOYMENT)(?:_NAME|_ID)?");

    public ConfiguredModelsParser() {
        super("configured-models", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (CONFIGURATION.noneIn(file)) {
            return false;
        }
        // the byte prefilters first: most script files are never decoded
        boolean environment = ENVIRONMENT_READS.anyIn(file);
        boolean llmFile = LLM_LIBRARY.anyIn(file);
        if (!environment && !llmFile) {
            return false;
        }
        CodeFile code = CodeFile.parseIfMentions(file, CONFIGURATION, reason -> sink.error(0, 0, "configured models not read: " + reason));
        if (code == null || !isScript(code.tree().grammar())) {
            return false;
        }
        return new Reading(file, sink, code, llmFile).run();
    }

    private static boolean isScript(Grammar grammar) {
        return grammar == Grammar.TYPESCRIPT || grammar == Grammar.TSX || grammar == Grammar.JAVASCRIPT;
    }

    private static final class Reading {
        private final ParsedFile file;
        private final FileSink sink;
        private final CodeFile code;
        private final SyntaxTree tree;
        private final SyntaxValues values;
        private final boolean llmFile;
        private final Map<String, Integer> ids = new HashMap<>();
        private boolean found;

        Reading(ParsedFile file, FileSink sink, CodeFile code, boolean llmFile) {
            this.file = file;
            this.sink = sink;
            this.code = code;
            this.tree = code.tree();
            this.values = new SyntaxValues(new SyntaxCode(tree));
            this.llmFile = llmFile;
        }

        boolean run() {
            for (int node = 0; node < tree.size(); node++) {
                switch (tree.type(node)) {
                    case "pair" -> setting(tree.child(node, "key"), tree.child(node, "value"));
                    // in a file that calls an LLM library, ModelArguments reads a variable where a call uses it
                    case "variable_declarator" -> {
                        if (!llmFile) {
                            setting(tree.child(node, "name"), tree.child(node, "value"));
                        }
                    }
                    case "public_field_definition", "field_definition" -> setting(
                            tree.child(node, "name") != SyntaxTree.NONE ? tree.child(node, "name") : tree.child(node, "property"),
                            tree.child(node, "value"));
                    case "required_parameter", "optional_parameter" -> setting(tree.child(node, "pattern"), tree.child(node, "value"));
                    case "assignment_pattern" -> setting(tree.child(node, "left"), tree.child(node, "right"));
                    default -> {
                    }
                }
            }
            if (found) {
                sink.classify("code", code.format(), "parsed");
            }
            return found;
        }

        private void setting(int nameNode, int value) {
            if (nameNode == SyntaxTree.NONE || value == SyntaxTree.NONE) {
                return;
            }
            String name = tree.is(nameNode, "string") ? code.string(nameNode) : tree.text(nameNode);
            if (name == null) {
                return;
            }
            Matcher camel = CAMEL.matcher(name);
            Matcher constant = CONSTANT.matcher(name);
            boolean deployment;
            if (camel.matches()) {
                deployment = camel.group(1).equals("Deployment");
            } else if (constant.matches()) {
                deployment = constant.group(1).equals("DEPLOYMENT");
            } else {
                return;
            }
            String written = tree.text(value);
            boolean fromEnvironment = ENVIRONMENT.stream().anyMatch(written::contains);
            // a SCREAMING constant without an environment read is as often a header or key name ('x-ms-embedding-model')
            if (!fromEnvironment && !(llmFile && camel.matches() && tree.is(value, "string"))) {
                return;
            }
            SyntaxValues.Value resolved = values.resolve(value);
            if (resolved == null || !resolved.literal() || resolved.text().isBlank()) {
                return;
            }
            int line = code.lineOf(resolved.start());
            String field = deployment ? "deployment" : "model";
            String id = "L" + line + "." + field;
            int count = ids.merge(id, 1, Integer::sum);
            ModelRefs.Reference reference = new ModelRefs.Reference(resolved.text().strip(), null,
                    deployment ? ModelPinning.Origin.DEPLOYMENT : AzureModelSettings.originOf(name, written), null);
            if (ModelRefs.record(sink, file.subjectId(), count == 1 ? id : id + "~" + count, field, reference,
                    sink.location(line)) != null) {
                found = true;
            }
        }
    }
}
