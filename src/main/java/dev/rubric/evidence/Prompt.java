package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A prompt: a prompt file, an entry of a config that holds prompts (promptfoo, Haystack, Dify), a
 * ConfigMap value, or a literal or constant in code (id {@code <file>#L<line>}). {@code model} is the model
 * reference as written and {@code modelPinning} its classification (see {@link ModelRef}).
 * {@code variables} are the declared inputs, or the template placeholders when none are
 * declared ({@code variablesDeclared} says which). {@code contentHash} is the SHA-256 of the
 * prompt text with line endings normalised; {@code excerpt} the first characters of the template
 * with whitespace folded, so a report can show which prompt is meant. {@code carrier} says what
 * held it: file (a prompt file), code (a literal or constant in source code), configmap (a string in
 * a Kubernetes ConfigMap), config (a key in another config file), registry (pulled at run time from a
 * prompt registry: Langfuse, LangSmith, MLflow; {@code version} is then the version or commit the
 * pull names, and {@code label} the moving label or alias it names instead); {@code call} names the SDK call
 * or constant through which code uses it. {@code modelSource} is set when a registry prompt takes its
 * model from somewhere other than itself: {@code call} (the code that sends it names the model, which
 * is then {@code model}) or {@code registry-config} (the code passes the model kept in the prompt
 * version's config in the registry, Langfuse {@code prompt.config["model"]}: bound to the version, not
 * visible in the repository). The fields from {@code tracked} on are the git history
 * of the file that holds the prompt (see {@link FileHistory}), absent outside a repository.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prompt(String id, Location location, String format, String name, String version,
                     String variant, String description, String model, String modelProvider,
                     String modelPinning, Map<String, Object> parameters, List<String> variables,
                     boolean variablesDeclared, boolean inline, String templateFormat,
                     String contentHash, String excerpt, String carrier, String call,
                     Boolean tracked, Integer revisions, String firstCommit, String firstCommitDate,
                     String lastCommit, String lastCommitDate, Integer authors, Integer changesWithoutEval,
                     List<String> owners, String label, String modelSource) {

    /** A prompt without history facts, as parsers write it. */
    public Prompt(String id, Location location, String format, String name, String version, String variant,
                  String description, String model, String modelProvider, String modelPinning,
                  Map<String, Object> parameters, List<String> variables, boolean variablesDeclared, boolean inline,
                  String templateFormat, String contentHash, String excerpt, String carrier, String call) {
        this(id, location, format, name, version, variant, description, model, modelProvider, modelPinning, parameters,
                variables, variablesDeclared, inline, templateFormat, contentHash, excerpt, carrier, call,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The prompt as a registry pull names it by a moving label (Langfuse label, MLflow alias) instead of a version. */
    public Prompt withLabel(String registryLabel) {
        return new Prompt(id, location, format, name, version, variant, description, model, modelProvider, modelPinning,
                parameters, variables, variablesDeclared, inline, templateFormat, contentHash, excerpt, carrier, call, tracked,
                revisions, firstCommit, firstCommitDate, lastCommit, lastCommitDate, authors, changesWithoutEval, owners,
                registryLabel, modelSource);
    }

    /** The prompt with its model's pinning decided by the link stage (a name a self-hosted server serves). */
    public Prompt withModelPinning(String pinning) {
        return new Prompt(id, location, format, name, version, variant, description, model, modelProvider, pinning,
                parameters, variables, variablesDeclared, inline, templateFormat, contentHash, excerpt, carrier, call, tracked,
                revisions, firstCommit, firstCommitDate, lastCommit, lastCommitDate, authors, changesWithoutEval, owners, label,
                modelSource);
    }

    /**
     * The prompt bound to the model it is sent with, when the prompt itself does not name one (a
     * registry pull): {@code source} says where that model is kept (see {@link #modelSource()}).
     */
    public Prompt withModel(String boundModel, String provider, String pinning, String source) {
        return new Prompt(id, location, format, name, version, variant, description, boundModel, provider, pinning,
                parameters, variables, variablesDeclared, inline, templateFormat, contentHash, excerpt, carrier, call, tracked,
                revisions, firstCommit, firstCommitDate, lastCommit, lastCommitDate, authors, changesWithoutEval, owners, label,
                source);
    }

    public Prompt withHistory(FileHistory h) {
        return new Prompt(id, location, format, name, version, variant, description, model, modelProvider,
                modelPinning, parameters, variables, variablesDeclared, inline, templateFormat, contentHash, excerpt,
                carrier, call, h.tracked(), h.revisions(), h.firstCommit(), h.firstCommitDate(), h.lastCommit(),
                h.lastCommitDate(), h.authors(), h.changesWithoutEval(), h.owners(), label, modelSource);
    }
}
