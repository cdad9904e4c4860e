package dev.rubric.collect.read.refs;

import dev.rubric.evidence.ModelRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says whether a model reference names one immutable model (formats.md §0.5). Pure: it only
 * looks at the text, so every collector classifies the same way and the reasons read the same
 * in every report.
 */
public final class ModelPinning {
    /** Where the reference was written, when the field itself changes the meaning. */
    public enum Origin {
        /** A model name or id. */
        MODEL,
        /** An Azure deployment name: a customer-chosen label for some model. */
        DEPLOYMENT,
        /**
         * A model named next to the deployment that runs it, with the version it was deployed
         * at as the revision ({@code X_MODEL} and {@code X_DEPLOYMENT_VERSION}): a vendor
         * version, not a hub branch.
         */
        DEPLOYED_MODEL,
        /**
         * The model setting of an Azure OpenAI deployment ({@code AZURE_OPENAI_EMBED_MODEL}):
         * Azure versions a model apart from its name, so the name is judged as Azure reads it.
         */
        AZURE_MODEL,
        /**
         * A model a Hugging Face loader loads ({@code from_pretrained}, a fine-tune's base model,
         * a SentenceTransformer): {@code cerebras/btlm-3b-8k-base} there is the hub id of the
         * cerebras organisation, never a serving provider's prefix as it would be for LiteLLM.
         */
        HUB
    }

    /**
     * A repository names the same few models thousands of times (one reference per call, per
     * collection, per manifest), and judging one is a dozen pattern matches: verdicts are
     * remembered, up to a bound, since the answer depends on nothing but the question.
     */
    private static final int REMEMBERED_VERDICTS = 8192;
    private static final Map<Question, Verdict> VERDICTS = new ConcurrentHashMap<>();

    private record Question(String reference, String revision, Origin origin) {
    }

    /** The verdict on one reference; {@code name} is the reference without its provider prefix. */
    public record Verdict(String provider, String name, String pinning, String reason) {
    }

    private static final List<Pattern> ENV_REFERENCES = List.of(
            Pattern.compile("\\$\\{(?:(?i:env):)?([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?}"),
            Pattern.compile("os\\.environ/([A-Za-z_][A-Za-z0-9_]*)"),
            Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)"),
            Pattern.compile("\\$([A-Z_][A-Z0-9_]*)\\b"));
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern WINDOWS_PATH = Pattern.compile("^[A-Za-z]:[\\\\/].*");
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][\\w.-]*/[\\w.-]+");
    private static final Pattern HEX = Pattern.compile("(?i)[0-9a-f]{7,64}");

    private ModelPinning() {
    }

    /**
     * @param reference the model as written; must not be blank
     * @param revision  an explicit revision given next to it, or null
     */
    public static Verdict classify(String reference, String revision, Origin origin) {
        Question question = new Question(reference, revision, origin);
        Verdict known = VERDICTS.get(question);
        if (known != null) {
            return known;
        }
        Verdict verdict = judge(reference, revision, origin);
        if (VERDICTS.size() < REMEMBERED_VERDICTS) {
            VERDICTS.put(question, verdict);
        }
        return verdict;
    }

    private static Verdict judge(String reference, String revision, Origin origin) {
        ModelIdentity table = ModelIdentity.table();
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            return new Verdict(null, ref, ModelRef.UNTRACEABLE, "empty model reference");
        }
        String variable = environmentVariable(ref);
        if (variable != null) {
            return new Verdict(null, ref, ModelRef.OPAQUE,
                    "set from environment variable " + variable + " at run time; the model is not recorded here");
        }
        Matcher scheme = SCHEME.matcher(ref);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("hf")) {
                return hubReference(null, ref.substring(scheme.end()), revision);
            }
            if (name.equals("file")) {
                return new Verdict(null, ref, ModelRef.UNTRACEABLE, "a local file URI; which model it holds is not recorded");
            }
            if (table.storageSchemes.contains(name)) {
                return new Verdict(null, ref, ModelRef.OPAQUE,
                        "a " + name + ":// storage location; its content can change unless a version is recorded");
            }
        }
        ProviderPrefix split = origin == Origin.HUB ? new ProviderPrefix(null, ref) : ProviderPrefix.split(ref);
        Verdict hosted = hostedPath(table, split, revision);
        if (hosted != null) {
            return hosted;
        }
        if (isLocalPath(table, ref)) {
            return new Verdict(null, ref, ModelRef.UNTRACEABLE, "a local path; which model it holds is not recorded");
        }
        String provider = split.provider();
        String name = split.name();
        if (origin == Origin.DEPLOYMENT || (provider != null && table.deploymentLabels.contains(provider))) {
            return new Verdict(provider, name, ModelRef.OPAQUE,
                    "an Azure deployment name; the model and version behind it are not visible");
        }
        if (name.startsWith("ft:")) {
            return new Verdict(provider, name, ModelRef.PINNED, "a fine-tuned model id, which is never reassigned");
        }
        if ((origin == Origin.DEPLOYED_MODEL || origin == Origin.AZURE_MODEL) && revision != null && !revision.isBlank() && !name.contains("/")) {
            return new Verdict(provider, name, ModelRef.PINNED, "version " + revision.strip() + " is recorded beside it");
        }
        if (revision != null && !revision.isBlank()) {
            return revisionVerdict(provider, name, revision.strip());
        }
        if (origin == Origin.AZURE_MODEL && !name.contains("/")) {
            return new Verdict(provider, name, ModelRef.FLOATING,
                    "an Azure OpenAI model name: Azure deploys a model at a version recorded apart from its name"
                            + " (text-embedding-ada-002 has versions 1 and 2), and none is recorded beside it");
        }
        Verdict bedrock = bedrock(table, provider, name);
        if (bedrock != null) {
            return bedrock;
        }
        long slashes = name.chars().filter(c -> c == '/').count();
        if (slashes == 0) {
            return modelName(table, provider, name, name);
        }
        int at = name.lastIndexOf('@');
        if (at > 0 && at + 1 < name.length()) {
            return revisionVerdict(provider, name, name.substring(at + 1));
        }
        if (slashes == 1 && HUB_ID.matcher(name.split(":", 2)[0]).matches()) {
            return hubReference(provider, name, null);
        }
        return new Verdict(provider, name, ModelRef.UNTRACEABLE, "looks like a relative local path; which model it holds is not recorded");
    }

    /**
     * Fireworks {@code accounts/…/models/…}, Vertex {@code publishers/…/models/…}, Bedrock ARNs:
     * ids written as paths that a provider serves, judged by the model they end in.
     */
    private static Verdict hostedPath(ModelIdentity table, ProviderPrefix split, String revision) {
        for (ModelIdentity.PathRule rule : table.paths) {
            Matcher match = rule.pattern().matcher(split.name());
            if (!match.matches()) {
                continue;
            }
            String provider = split.provider() != null ? split.provider() : rule.provider();
            if (rule.pinning() != null) {
                return new Verdict(provider, split.name(), rule.pinning(), ModelIdentity.fill(rule.reason(), match));
            }
            String model = match.group("model");
            if (revision != null && !revision.isBlank()) {
                return revisionVerdict(provider, split.name(), revision.strip());
            }
            Verdict bedrock = bedrock(table, provider, model);
            Verdict judged = bedrock != null ? bedrock : modelName(table, provider, split.name(), model);
            return new Verdict(provider, split.name(), judged.pinning(), judged.reason());
        }
        return null;
    }

    private static Verdict bedrock(ModelIdentity table, String provider, String name) {
        Matcher match = table.bedrock.pattern().matcher(name.toLowerCase(Locale.ROOT));
        if (!match.matches() || match.group("version") == null && match.group("profile") == null) {
            return null;
        }
        String bedrockProvider = provider != null ? provider : table.bedrock.provider();
        if (match.group("version") == null) {
            Verdict judged = apiModel(table, bedrockProvider, name, match.group("model"));
            return new Verdict(bedrockProvider, name, judged.pinning(), judged.reason());
        }
        String reason = ModelIdentity.fill(table.bedrock.reason(), match)
                + (match.group("profile") == null ? "" : ModelIdentity.fill(table.bedrock.profileReason(), match));
        return new Verdict(bedrockProvider, name, ModelRef.PINNED, reason);
    }

    /** A name without slashes ({@code gpt-4o}, {@code claude-…@20241022}, {@code llama3:8b}); {@code shown} is reported. */
    private static Verdict modelName(ModelIdentity table, String provider, String shown, String name) {
        int at = name.lastIndexOf('@');
        if (at > 0 && at + 1 < name.length()) {
            String suffix = name.substring(at + 1);
            for (ModelIdentity.Rule rule : table.atVersions) {
                Matcher match = rule.pattern().matcher(suffix);
                if (match.matches()) {
                    return new Verdict(provider, shown, ModelRef.PINNED, ModelIdentity.fill(rule.reason(), match));
                }
            }
            return revisionVerdict(provider, shown, suffix);
        }
        return apiModel(table, provider, shown, name);
    }

    /** The first environment variable the reference is taken from, or null. */
    static String environmentVariable(String ref) {
        for (Pattern pattern : ENV_REFERENCES) {
            Matcher matcher = pattern.matcher(ref);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static boolean isLocalPath(ModelIdentity table, String ref) {
        if (ref.startsWith("/") || ref.startsWith("./") || ref.startsWith("../") || ref.startsWith("~")
                || ref.startsWith(".\\") || ref.startsWith("\\\\") || WINDOWS_PATH.matcher(ref).matches()
                || table.weightFile.matcher(ref).matches()) {
            return true;
        }
        int slash = ref.indexOf('/');
        return slash > 0 && table.localFolders.contains(ref.substring(0, slash));
    }

    /** {@code org/model}, possibly with {@code :revision} as hf:// URIs write it. */
    private static Verdict hubReference(String provider, String ref, String revision) {
        int colon = ref.indexOf(':');
        if (colon > 0 && colon + 1 < ref.length() && (revision == null || revision.isBlank())) {
            return revisionVerdict(provider, ref, ref.substring(colon + 1));
        }
        if (revision != null && !revision.isBlank()) {
            return revisionVerdict(provider, ref, revision.strip());
        }
        return new Verdict(provider, ref, ModelRef.FLOATING,
                "a hub id without a revision; it resolves to whatever the default branch holds");
    }

    private static Verdict revisionVerdict(String provider, String name, String revision) {
        if (HEX.matcher(revision).matches()) {
            return revision.length() >= 40
                    ? new Verdict(provider, name, ModelRef.PINNED, "revision " + abbreviate(revision) + " is a full commit SHA")
                    : new Verdict(provider, name, ModelRef.PINNED,
                            "revision " + revision + " is a short commit SHA (weak: a prefix can become ambiguous)");
        }
        return new Verdict(provider, name, ModelRef.FLOATING,
                "revision '" + revision + "' is a branch or tag, which can move");
    }

    private static Verdict apiModel(ModelIdentity table, String provider, String shown, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        String notAVersion = null;
        for (ModelIdentity.Rule rule : table.versions) {
            if (!rule.appliesTo(lower) || colon > 0 && !rule.pinning().equals(ModelRef.FLOATING)) {
                continue;
            }
            Matcher match = rule.pattern().matcher(lower);
            if (!match.matches()) {
                continue;
            }
            if (rule.pinning().equals("none")) {
                notAVersion = ModelIdentity.fill(rule.reason(), match);
                break;
            }
            return new Verdict(provider, shown, rule.pinning(), ModelIdentity.fill(rule.reason(), match));
        }
        if (colon > 0) {
            return new Verdict(provider, shown, ModelRef.FLOATING,
                    "Ollama tag '" + name.substring(colon + 1) + "' can be re-pushed with other weights");
        }
        if (provider != null && table.localRegistries.contains(provider)) {
            return new Verdict(provider, shown, ModelRef.FLOATING, "an Ollama name without a tag means ':latest'");
        }
        return new Verdict(provider, shown, ModelRef.FLOATING,
                "an alias; the vendor can point it at a newer snapshot" + (notAVersion == null ? "" : " (" + notAVersion + ")"));
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }
}
