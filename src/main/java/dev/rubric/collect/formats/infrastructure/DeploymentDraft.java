package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a reader found about one deployment before it is recorded, so every carrier (Bicep, ARM,
 * azd, Terraform, CloudFormation) writes the same record. A field is either a value, or taken
 * from a template parameter (then {@link #parameters} names it), or unresolved (then
 * {@link #unresolved} keeps the expression that decides it at deploy time).
 */
final class DeploymentDraft {
    static final String DEPLOYMENT = "deployment";
    static final String MODEL = "model";
    static final String VERSION = "version";
    static final String UPGRADE = "versionUpgradeOption";
    static final String SKU = "sku";
    static final String CAPACITY = "capacity";

    final String platform;
    final String carrier;
    final int line;
    String deployment;
    String model;
    String modelFormat;
    String version;
    String versionUpgradeOption;
    String inferenceProfile;
    String sku;
    String capacity;
    final Set<String> envVars = new TreeSet<>();
    final Map<String, String> parameters = new TreeMap<>();
    final Set<String> fallbacks = new TreeSet<>();
    final Map<String, String> unresolved = new TreeMap<>();
    /** The line the model's name is written on (a literal, a parameter's default), 0 when not known. */
    int modelLine;
    /** The expression that names the deployment, for a reader that looks for where else it is used. */
    Expr nameExpression;
    /** The Bicep symbol of a deployment declared as a resource, whose {@code .name} is the deployment name. */
    String symbol;

    DeploymentDraft(String platform, String carrier, int line) {
        this.platform = platform;
        this.carrier = carrier;
        this.line = line;
    }

    /** Sets one field from what a reader resolved. */
    void set(String field, Resolved value) {
        if (value == null) {
            return;
        }
        if (value.value() != null) {
            put(field, value.value());
            if (field.equals(MODEL)) {
                modelLine = value.line();
            }
        }
        if (value.parameter() != null) {
            parameters.put(field, value.parameter());
            if (value.fallback()) {
                fallbacks.add(field);
            }
        }
        if (value.value() == null && value.parameter() == null && value.expression() != null) {
            unresolved.put(field, value.expression());
        }
    }

    void put(String field, String value) {
        switch (field) {
            case DEPLOYMENT -> deployment = value;
            case MODEL -> model = value;
            case VERSION -> version = value;
            case UPGRADE -> versionUpgradeOption = value;
            case SKU -> sku = value;
            case CAPACITY -> capacity = value;
            default -> throw new IllegalArgumentException(field);
        }
    }

    /** True when the draft says which model it deploys, or where that is decided: worth a record. */
    boolean namesModel() {
        return model != null || parameters.containsKey(MODEL) || unresolved.containsKey(MODEL);
    }

    /**
     * Records the draft under {@code <file>#deployment:<name>}; the line is added when the name is
     * not a value or a second deployment of the file has the same name.
     */
    static void emitAll(List<DeploymentDraft> drafts, String fileSubject, FileSink sink) {
        emitAll(drafts, fileSubject, sink, true);
    }

    /** {@code modelRefs} false where another file of the tree names the same models (a compiled template's source). */
    static void emitAll(List<DeploymentDraft> drafts, String fileSubject, FileSink sink, boolean modelRefs) {
        Set<String> used = new TreeSet<>();
        List<String> ids = new ArrayList<>();
        for (DeploymentDraft draft : drafts) {
            String key = draft.deployment != null ? draft.deployment : draft.model != null ? draft.model : "L" + draft.line;
            String id = fileSubject + "#deployment:" + key;
            if (!used.add(id)) {
                id = id + "@L" + draft.line;
                used.add(id);
            }
            ids.add(id);
        }
        for (int i = 0; i < drafts.size(); i++) {
            DeploymentDraft d = drafts.get(i);
            sink.modelDeployment(new ModelDeployment(ids.get(i), sink.location(d.line), d.platform, d.carrier,
                    d.deployment, d.model, d.modelFormat, d.version, d.versionUpgradeOption, d.inferenceProfile, d.sku,
                    d.capacity, d.envVars.isEmpty() ? null : List.copyOf(d.envVars),
                    d.parameters.isEmpty() ? null : new TreeMap<>(d.parameters),
                    d.fallbacks.isEmpty() ? null : List.copyOf(d.fallbacks),
                    d.unresolved.isEmpty() ? null : new TreeMap<>(d.unresolved), null, null));
            if (d.model != null && modelRefs) {
                // the model as the infrastructure names it, where a developer changes it; judged by its
                // deployment (version, upgrade option) in the link stage, which may also move it to the
                // parameters file that supplies the value
                sink.model(new ModelRef(ids.get(i) + "#model", sink.location(d.modelLine > 0 ? d.modelLine : d.line),
                        d.model, null, d.version, ModelRef.OPAQUE, DECLARED_REASON, ids.get(i), "model", d.deployment,
                        ids.get(i)));
            }
        }
    }

    /** Until the link stage gives the deployment's verdict. */
    static final String DECLARED_REASON = "declared by a model deployment: judged by its version and upgrade option";

    /**
     * A value as far as a reader could follow it: {@code value} when known; {@code parameter} when
     * a template parameter decides it (then {@code value} is its default, or with
     * {@code fallback} the template's own value for an empty parameter); {@code expression} the
     * source of what could not be followed.
     */
    record Resolved(String value, String parameter, boolean fallback, String expression, int line) {
        Resolved(String value, String parameter, boolean fallback, String expression) {
            this(value, parameter, fallback, expression, 0);
        }

        static Resolved of(String value) {
            return new Resolved(value, null, false, null);
        }

        /** A value written on {@code line} of the file (0: not known). */
        static Resolved of(String value, int line) {
            return new Resolved(value, null, false, null, line);
        }

        static Resolved unresolved(String expression) {
            return new Resolved(null, null, false, expression);
        }
    }
}
