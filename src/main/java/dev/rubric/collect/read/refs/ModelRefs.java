package dev.rubric.collect.read.refs;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelRef;

/**
 * Records one model reference the same way for every family, so ids, pinning and reasons read
 * alike wherever a model is named: the id is {@code <owner>#model:<path>}, where the owner is the
 * subject (or file) that names the model and the path says where inside it.
 */
public final class ModelRefs {
    private ModelRefs() {
    }

    /**
     * What a parser knows about one reference before it is classified; {@code deployment} is the
     * deployment label that runs the model, when the same block names both.
     */
    public record Reference(String reference, String revision, ModelPinning.Origin origin, String provider,
                            String deployment) {
        public Reference(String reference, String revision, ModelPinning.Origin origin, String provider) {
            this(reference, revision, origin, provider, null);
        }

        /** A model with the version it was deployed at and, when known, the deployment that runs it. */
        public static Reference deployed(String deployment, String model, String version) {
            return new Reference(model, version, ModelPinning.Origin.DEPLOYED_MODEL, null, deployment);
        }

        public static Reference of(String reference) {
            return new Reference(reference, null, ModelPinning.Origin.MODEL, null);
        }

        public static Reference deployment(String reference) {
            return new Reference(reference, null, ModelPinning.Origin.DEPLOYMENT, null);
        }
    }

    /**
     * An azd / Go-template placeholder that is exactly one environment variable
     * ({@code {{.Env.AZURE_OPENAI_CHAT_DEPLOYMENT}}}) is that variable, written as every other
     * reader writes one ({@code ${AZURE_OPENAI_CHAT_DEPLOYMENT}}): the deployment stage fills it
     * from the environment, and the link stage can follow it to the deployment that sets it. Any
     * other placeholder stays what it is, which the identity table drops.
     */
    private static Reference withEnvironmentPlaceholder(Reference ref) {
        String text = ref.reference();
        if (text == null) {
            return ref;
        }
        String inner = text.strip();
        if (!inner.startsWith("{{") || !inner.endsWith("}}")) {
            return ref;
        }
        inner = inner.substring(2, inner.length() - 2).strip();
        if (!inner.startsWith(".Env.")) {
            return ref;
        }
        String variable = inner.substring(".Env.".length());
        if (variable.isEmpty() || !Character.isJavaIdentifierStart(variable.charAt(0))
                || !variable.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c) && c < 128)) {
            return ref;
        }
        return new Reference("${" + variable + "}", ref.revision(), ref.origin(), ref.provider(), ref.deployment());
    }

    /** False for blank text and for text that is never a model, whatever field it sits in. */
    public static boolean namesAModel(String text) {
        return text != null && !text.isBlank() && ModelIdentity.table().neverAModel(text) == null;
    }

    /**
     * Classifies and records the reference; returns its verdict, or null when nothing was
     * recorded: blank, a value that looks like a credential pasted into a model field, or text
     * that is never a model (a placeholder, a type or file name, a UI word, a test stub: the
     * {@code neverAModel} section of {@code models/identity.yaml}), decided here once for every
     * parser.
     *
     * @param path  where in the owner the model is named, unique within the owner
     * @param field the field name as a rubric would group it (path without list indexes)
     */
    public static ModelPinning.Verdict record(SubjectSink sink, String ownerId, String path, String field,
                                              Reference given, Location location) {
        Reference ref = withEnvironmentPlaceholder(given);
        if (!namesAModel(ref.reference()) || Secrets.looksLikeCredential(ref.reference())) {
            return null;
        }
        String revision = ref.revision() == null || ref.revision().isBlank() ? null : ref.revision().strip();
        ModelPinning.Verdict verdict = ModelPinning.classify(ref.reference(), revision, ref.origin());
        String provider = ref.provider() != null ? ref.provider() : verdict.provider();
        String reason = ref.deployment() == null ? verdict.reason()
                : "deployment '" + ref.deployment() + "' runs this model; " + verdict.reason();
        sink.modelMention(new ModelRef(ownerId + "#model:" + path, location, verdict.name(), provider, revision,
                verdict.pinning(), reason, ownerId, field, ref.deployment()));
        return verdict;
    }
}
