package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.ModelRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A FineTune being assembled by one parser. Every family fills a different subset of fields, so
 * a mutable draft reads better than one constructor call with twenty arguments; {@link #emit}
 * then classifies the base model once, the same way for every family, and names each base model
 * in {@code models} as well.
 */
final class FineTuneDraft {
    /** A base model as written, with the line that names it. */
    private record Base(String name, String revision, int line) {
    }

    private final String id;
    private final int line;
    private final String framework;
    private final List<Base> bases = new ArrayList<>();
    final List<FineTune.Dataset> datasets = new ArrayList<>();
    final Map<String, Object> hyperparameters = new TreeMap<>();
    final Map<String, Double> evalMetrics = new TreeMap<>();
    final Map<String, String> tracking = new TreeMap<>();
    final List<String> targetModules = new ArrayList<>();
    String method;
    String baseModelRelation;
    Long seed;
    String output;
    Long loraRank;
    String quantization;
    String trackingRunId;
    String frameworkVersion;
    String image;
    String license;
    String status;

    FineTuneDraft(String id, int line, String framework) {
        this.id = id;
        this.line = line;
        this.framework = framework;
    }

    String id() {
        return id;
    }

    /** Adds a base model; the first one is the record's base model, each gets a ModelRef. */
    void baseModel(String name, String revision, int line) {
        if (ModelRefs.namesAModel(name)) {
            bases.add(new Base(name.strip(), revision == null || revision.isBlank() ? null : revision.strip(), line));
        }
    }

    boolean hasBaseModel() {
        return !bases.isEmpty();
    }

    /** Adds a dataset; pinned when its revision is a commit or a content hash is known. */
    void dataset(String name, String split, String format, List<String> files, String revision, String hash) {
        if (name == null || name.isBlank()) {
            return;
        }
        datasets.add(new FineTune.Dataset(name.strip(), split, format, files == null || files.isEmpty() ? null : files,
                revision, hash, Values.isCommit(revision) || hash != null));
    }

    /**
     * Reads and emits one record; a failure while reading costs that record only, and is
     * reported at {@code line} as a problem with {@code what}.
     */
    static void emitSafely(FileSink sink, int line, String what, Supplier<FineTuneDraft> reader) {
        try {
            reader.get().emit(sink);
        } catch (RuntimeException e) {
            sink.error(line, 0, what + ": cannot read it: " + e);
        }
    }

    void emit(FileSink sink) {
        Base first = bases.isEmpty() ? null : bases.get(0);
        ModelPinning.Verdict verdict = first == null ? null
                : ModelPinning.classify(first.name(), first.revision(), ModelPinning.Origin.HUB);
        ImageRef imageRef = ImageReferences.parse(image);
        sink.fineTune(new FineTune(id, sink.location(line), framework, method,
                first == null ? null : first.name(), first == null ? null : first.revision(),
                verdict == null ? null : verdict.pinning(), baseModelRelation, orNull(datasets),
                hyperparameters.isEmpty() ? null : hyperparameters, seed, output, loraRank, orNull(targetModules),
                quantization, evalMetrics.isEmpty() ? null : evalMetrics, trackingRunId,
                tracking.isEmpty() ? null : tracking, frameworkVersion, image,
                imageRef == null ? null : imageRef.pinning(), license, status));
        for (int i = 0; i < bases.size(); i++) {
            Base base = bases.get(i);
            ModelPinning.Verdict v = i == 0 ? verdict
                    : ModelPinning.classify(base.name(), base.revision(), ModelPinning.Origin.HUB);
            sink.model(new ModelRef(id + "#base_model" + (i == 0 ? "" : "~" + (i + 1)), sink.location(base.line()),
                    v.name(), v.provider(), base.revision(), v.pinning(), v.reason(), id, "base_model"));
        }
    }

    private static <T> List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : List.copyOf(list);
    }
}
