package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.Prompt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prompts pulled from a registry at run time (formats.md §1.5, §1.6): Langfuse
 * {@code get_prompt("name", version=3)} or {@code label="production"}, LangSmith
 * {@code client.pull_prompt("name:commit")}, MLflow {@code load_prompt("prompts:/name/3")} or
 * {@code "prompts:/name@alias"}. The text is not in the repository; what the repository can say is
 * which prompt and which version. A version number or commit names one prompt text; a label or
 * alias is a pointer someone can move, recorded as {@code label}, never as a version. LangChain's
 * {@code hub.pull} is read with the inline prompts (format langchain-hub). The client must be
 * imported from the registry's package: a {@code get_prompt} of the application's own is none.
 * The pulled text names no model: the model the code sends it with is bound to it
 * ({@link RegistryPromptModels}).
 */
public final class RegistryPromptParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.py", "*.ts", "*.tsx", "*.mts", "*.js", "*.mjs"));
    private static final Needles CALLS = Needles.of("get_prompt", "getPrompt", "pull_prompt", "pullPrompt", "load_prompt");

    public RegistryPromptParser() {
        super("registry-prompt", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        CodeFile code = CodeFile.parseIfMentions(file, CALLS, reason -> sink.error(0, 0, "registry prompt pulls not read: " + reason));
        if (code == null) {
            return false;
        }
        boolean langfuse = code.imports().anyFrom("langfuse");
        boolean langsmith = code.imports().anyFrom("langsmith");
        boolean found = false;
        Set<String> ids = new HashSet<>();
        RegistryPromptModels models = null;
        for (Call call : code.calls()) {
            if (call.form() != Call.Form.CALL) {
                continue;
            }
            Prompt prompt = switch (call.name()) {
                case "get_prompt", "getPrompt" -> langfuse ? langfuse(file, sink, call) : null;
                case "pull_prompt", "pullPrompt" -> langsmith ? langsmith(file, sink, call) : null;
                case "load_prompt" -> call.qualified().startsWith("mlflow.") ? mlflow(file, sink, call) : null;
                default -> null;
            };
            if (prompt != null && ids.add(prompt.id())) {
                models = models != null ? models : new RegistryPromptModels(code.tree());
                sink.prompt(bound(prompt, models.of(call)));
                found = true;
            }
        }
        if (found) {
            sink.classify("code", code.format(), "parsed");
        }
        return found;
    }

    private static Prompt langfuse(ParsedFile file, FileSink sink, Call call) {
        String name = call.file().string(call.positional(0));
        if (name == null) {
            name = call.keywordValue("name");
        }
        String version = call.keywordValue("version");
        if (version == null) {
            version = call.positionalValue(1);
        }
        String label = call.keywordValue("label");
        if (label == null && version == null) {
            // JavaScript: getPrompt(name, undefined, { label: "production" }); Python default: the "production" label
            int options = call.positional(2);
            label = options == SyntaxTree.NONE ? null : call.file().value(call.file().property(options, "label"));
        }
        return pull(file, sink, call, "langfuse", name, version, version == null && label == null ? "production" : label);
    }

    /** {@code "name:commit"} pins a commit; a bare name is the latest commit. */
    private static Prompt langsmith(ParsedFile file, FileSink sink, Call call) {
        String reference = call.file().string(call.positional(0));
        if (reference == null) {
            reference = call.keywordValue("prompt_identifier");
        }
        if (reference == null) {
            return pull(file, sink, call, "langsmith", null, null, null);
        }
        int colon = reference.lastIndexOf(':');
        String name = colon > 0 ? reference.substring(0, colon) : reference;
        String ref = colon > 0 ? reference.substring(colon + 1) : null;
        boolean commit = ref != null && ref.matches("[0-9a-f]{8,64}");
        return pull(file, sink, call, "langsmith", name, commit ? ref : null, commit ? null : ref == null ? "latest" : ref);
    }

    /** {@code prompts:/name/3} pins version 3; {@code prompts:/name@alias} follows an alias; a bare name with version=. */
    private static Prompt mlflow(ParsedFile file, FileSink sink, Call call) {
        String uri = call.file().string(call.positional(0));
        if (uri == null) {
            uri = call.keywordValue("name_or_uri");
        }
        String version = call.keywordValue("version");
        if (version == null) {
            version = call.positionalValue(1);
        }
        if (uri == null) {
            return pull(file, sink, call, "mlflow", null, version, null);
        }
        String name = uri.startsWith("prompts:/") ? uri.substring("prompts:/".length()) : uri;
        String label = null;
        int at = name.indexOf('@');
        int slash = name.lastIndexOf('/');
        if (at > 0) {
            label = name.substring(at + 1);
            name = name.substring(0, at);
        } else if (slash > 0) {
            version = name.substring(slash + 1);
            name = name.substring(0, slash);
        }
        return pull(file, sink, call, "mlflow", name, version, label);
    }

    private static Prompt bound(Prompt prompt, RegistryPromptModels.Binding binding) {
        if (binding == null) {
            return prompt;
        }
        ModelPinning.Verdict verdict = binding.model() == null || !ModelRefs.namesAModel(binding.model()) ? null
                : ModelPinning.classify(binding.model(), null, ModelPinning.Origin.MODEL);
        return prompt.withModel(binding.model(), verdict == null ? null : verdict.provider(),
                verdict == null ? null : verdict.pinning(), binding.source());
    }

    private static Prompt pull(ParsedFile file, FileSink sink, Call call, String registry, String name, String version,
                               String label) {
        int line = call.line();
        Prompt prompt = new Prompt(file.subjectId() + "#L" + line, sink.location(line), registry, name, version, null, null,
                null, null, null, null, List.of(), false, false, null, null, null, "registry", call.callee());
        return prompt.withLabel(label);
    }
}
