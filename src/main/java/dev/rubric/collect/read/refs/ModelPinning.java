package dev.rubric.collect.read.refs;

import dev.rubric.evidence.ModelRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        DEPLOYMENT
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
    private static final Set<String> STORAGE_SCHEMES = Set.of("s3", "gs", "pvc", "abfs", "abfss", "az", "wasb", "wasbs", "hdfs");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern WINDOWS_PATH = Pattern.compile("^[A-Za-z]:[\\\\/].*");
    /** Folders that fine-tuning tools write to, so a relative name there is a local checkpoint. */
    private static final Set<String> OUTPUT_FOLDERS = Set.of("saves", "output", "outputs", "checkpoints");
    private static final Pattern WEIGHT_FILE = Pattern.compile("(?i).*\\.(gguf|ggml|safetensors|bin|pt|pth|onnx)$");
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][\\w.-]*/[\\w.-]+");
    private static final Pattern HEX = Pattern.compile("(?i)[0-9a-f]{7,64}");
    private static final Pattern DATE_SUFFIX = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{6}|\\d{4})$");
    private static final Pattern EIGHT_DIGIT_DATE = Pattern.compile("20\\d{6}");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("-(\\d{3})$");
    private static final Pattern BEDROCK_VERSION = Pattern.compile("-(v\\d+:\\d+)$");

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
            if (STORAGE_SCHEMES.contains(name)) {
                return new Verdict(null, ref, ModelRef.OPAQUE,
                        "a " + name + ":// storage location; its content can change unless a version is recorded");
            }
        }
        if (isLocalPath(ref)) {
            return new Verdict(null, ref, ModelRef.UNTRACEABLE, "a local path; which model it holds is not recorded");
        }
        ProviderPrefix split = ProviderPrefix.split(ref);
        String provider = split.provider();
        String name = split.name();
        if (origin == Origin.DEPLOYMENT || (provider != null && provider.startsWith("azure"))) {
            return new Verdict(provider, name, ModelRef.OPAQUE,
                    "an Azure deployment name; the model and version behind it are not visible");
        }
        if (name.startsWith("ft:")) {
            return new Verdict(provider, name, ModelRef.PINNED, "a fine-tuned model id, which is never reassigned");
        }
        if (revision != null && !revision.isBlank()) {
            return revisionVerdict(provider, name, revision.strip());
        }
        int at = name.lastIndexOf('@');
        if (at > 0 && at + 1 < name.length()) {
            return atVerdict(provider, name, name.substring(0, at), name.substring(at + 1));
        }
        long slashes = name.chars().filter(c -> c == '/').count();
        if (slashes == 1 && HUB_ID.matcher(name.split(":", 2)[0]).matches()) {
            return hubReference(provider, name, null);
        }
        if (slashes > 1) {
            return new Verdict(provider, name, ModelRef.UNTRACEABLE, "looks like a relative local path; which model it holds is not recorded");
        }
        return apiModel(provider, name);
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

    private static boolean isLocalPath(String ref) {
        if (ref.startsWith("/") || ref.startsWith("./") || ref.startsWith("../") || ref.startsWith("~")
                || ref.startsWith(".\\") || ref.startsWith("\\\\") || WINDOWS_PATH.matcher(ref).matches()
                || WEIGHT_FILE.matcher(ref).matches()) {
            return true;
        }
        int slash = ref.indexOf('/');
        return slash > 0 && OUTPUT_FOLDERS.contains(ref.substring(0, slash));
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

    /** {@code org/model@sha} pins a hub commit; Vertex's {@code claude-…@20241022} is a dated snapshot. */
    private static Verdict atVerdict(String provider, String name, String base, String suffix) {
        if (!base.contains("/") && EIGHT_DIGIT_DATE.matcher(suffix).matches()) {
            return new Verdict(provider, name, ModelRef.PINNED, "dated vendor snapshot @" + suffix);
        }
        return revisionVerdict(provider, name, suffix);
    }

    private static Verdict apiModel(String provider, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("latest") || lower.endsWith("-latest") || lower.endsWith(":latest")) {
            return new Verdict(provider, name, ModelRef.FLOATING, "'latest' moves to each new release");
        }
        Matcher bedrock = BEDROCK_VERSION.matcher(lower);
        if (bedrock.find()) {
            return new Verdict(provider, name, ModelRef.PINNED, "version suffix " + bedrock.group(1));
        }
        int colon = name.indexOf(':');
        if (colon > 0) {
            return new Verdict(provider, name, ModelRef.FLOATING,
                    "Ollama tag '" + name.substring(colon + 1) + "' can be re-pushed with other weights");
        }
        boolean preview = lower.endsWith("-preview");
        String core = preview ? lower.substring(0, lower.length() - "-preview".length()) : lower;
        Matcher date = DATE_SUFFIX.matcher(core);
        if (date.find()) {
            return new Verdict(provider, name, ModelRef.PINNED, "dated vendor snapshot -" + date.group(1));
        }
        Matcher version = VERSION_SUFFIX.matcher(core);
        if (version.find()) {
            return new Verdict(provider, name, ModelRef.PINNED, "version suffix -" + version.group(1));
        }
        if (preview) {
            return new Verdict(provider, name, ModelRef.FLOATING, "a preview alias; the vendor repoints or retires it");
        }
        if ("ollama".equals(provider) || "ollama_chat".equals(provider)) {
            return new Verdict(provider, name, ModelRef.FLOATING, "an Ollama name without a tag means ':latest'");
        }
        return new Verdict(provider, name, ModelRef.FLOATING,
                "an alias; the vendor can point it at a newer snapshot");
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }
}
