package dev.rubric.collect.read.container;

import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ServingConfig;
import java.util.List;

/** Turns a draft into one ServingConfig and, when it names a model, one ModelRef (field "serving"). */
public final class ServingEvidence {
    private ServingEvidence() {
    }

    public static void emit(ServingDraft draft, String id, Location location, SubjectSink sink) {
        emit(draft, id, location, sink, true);
    }

    /** {@code modelRef} false where another parser already records the model with its exact field path. */
    public static void emit(ServingDraft draft, String id, Location location, SubjectSink sink, boolean modelRef) {
        ModelPinning.Verdict verdict = verdict(draft);
        sink.servingConfig(new ServingConfig(id, location, draft.engine, draft.carrier, draft.model, draft.revision,
                verdict == null ? null : verdict.pinning(), List.copyOf(draft.servedModelNames),
                List.copyOf(draft.loraModules), draft.maxLoraRank, draft.maxLoras, draft.promptLogging,
                draft.settings, List.copyOf(draft.unresolved), draft.image));
        if (verdict != null && modelRef) {
            sink.model(new ModelRef(id + "#model", location, verdict.name(), verdict.provider(), draft.revision,
                    verdict.pinning(), verdict.reason(), id, "serving"));
        }
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

    /** NIM's model is its image: {@code nvcr.io/nim/<publisher>/<model>:<version>} (formats.md §4.2). */
    public static String nimModel(ImageRef image) {
        if (image == null || image.repository() == null || !"nvcr.io".equals(image.registry())
                || !image.repository().startsWith("nim/")) {
            return null;
        }
        return image.repository().substring("nim/".length());
    }

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
