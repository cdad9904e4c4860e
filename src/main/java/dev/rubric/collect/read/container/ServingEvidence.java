package dev.rubric.collect.read.container;

import dev.rubric.collect.LocatedSink;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ServingConfig;
import java.util.List;

/**
 * Turns a draft into one ServingConfig and, when it names a model, one ModelRef (field "serving").
 * The config sits where its object or entry starts; the ModelRef sits on the line of the value
 * that names the model (the {@code modelURL:}, {@code image:} or {@code --model} line), since
 * that is the line a developer has to change to pin it.
 */
public final class ServingEvidence {
    private ServingEvidence() {
    }

    public static void emit(ServingDraft draft, String id, Location location, LocatedSink sink) {
        emit(draft, id, location, sink, true);
    }

    /** {@code modelRef} false where another parser already records the model with its exact field path. */
    public static void emit(ServingDraft draft, String id, Location location, LocatedSink sink, boolean modelRef) {
        ModelPinning.Verdict verdict = verdict(draft);
        Location modelLocation = draft.modelLine > 0 ? sink.location(draft.modelLine) : location;
        sink.servingConfig(new ServingConfig(id, location, draft.engine, draft.carrier, draft.model, draft.revision,
                verdict == null ? null : verdict.pinning(), List.copyOf(draft.servedModelNames),
                List.copyOf(draft.loraModules), draft.maxLoraRank, draft.maxLoras, draft.promptLogging,
                draft.settings, List.copyOf(draft.unresolved), draft.image));
        if (verdict != null && modelRef) {
            sink.model(new ModelRef(id + "#model", modelLocation, verdict.name(), verdict.provider(), draft.revision,
                    verdict.pinning(), verdict.reason() + disabledNote(draft), id, "serving"));
        }
    }

    /** A server its config turns off still names the model it would serve; the reason says it is off. */
    private static String disabledNote(ServingDraft draft) {
        String by = draft.settings.get("disabled-by");
        return "false".equals(draft.settings.get("enabled"))
                ? "; declared but disabled" + (by == null ? "" : " (" + by + ": false)") : "";
    }

    private static ModelPinning.Verdict verdict(ServingDraft draft) {
        if (!ModelRefs.namesAModel(draft.model)) {
            return null;
        }
        if (draft.engine.equals("nim") && draft.image != null && draft.model.equals(nimModel(draft.image))) {
            return nimVerdict(draft);
        }
        return ModelPinning.classify(draft.model, draft.revision, ModelPinning.Origin.MODEL);
    }

    /**
     * A NIM server: the image is the model. Every reader of a NIM image (a Deployment or Job, a
     * KServe runtime, a NIMService, a Dockerfile) goes through here so that the same image names
     * the same model, with the image tag as the revision (the NIM release, which fixes the weights
     * and the profiles it may pick; see {@link #nimVerdict} for why a tag still floats).
     *
     * @param line the file line of the image reference, 0 when unknown
     */
    public static void nim(ServingDraft draft, ImageRef image, int line) {
        draft.image = image;
        draft.model = nimModel(image);
        draft.revision = image == null ? null : image.tag();
        draft.modelLine = draft.model == null ? 0 : line;
    }

    /** NIM's model is its image: {@code nvcr.io/nim/<publisher>/<model>:<version>} (formats.md §4.2). */
    public static String nimModel(ImageRef image) {
        if (image == null || image.repository() == null || !"nvcr.io".equals(image.registry())
                || !image.repository().startsWith("nim/")) {
            return null;
        }
        return image.repository().substring("nim/".length());
    }

    /**
     * A digest pins the image and so the weights it downloads. A version tag ({@code 1.1.0}) is
     * the NIM release that fixes the model version, but NGC can re-push a tag, and the image
     * still picks a weights profile (precision, parallelism) for the GPU it finds unless
     * {@code NIM_MODEL_PROFILE} is set: it is recorded as floating, with the version kept as the
     * revision so that the release is visible.
     */
    private static ModelPinning.Verdict nimVerdict(ServingDraft draft) {
        ImageRef image = draft.image;
        if (ImageRef.PINNED.equals(image.pinning())) {
            return new ModelPinning.Verdict("nvidia_nim", draft.model, ModelRef.PINNED,
                    "the NIM image is pinned by digest, and the image holds the model");
        }
        if (ImageRef.TAGGED.equals(image.pinning())) {
            return new ModelPinning.Verdict("nvidia_nim", draft.model, ModelRef.FLOATING,
                    "NIM image tag '" + image.tag() + "' names the model version, but a tag can be re-pushed");
        }
        return new ModelPinning.Verdict("nvidia_nim", draft.model, ModelRef.FLOATING,
                "the NIM image has no version tag, so the model version is whatever was pushed last");
    }
}
