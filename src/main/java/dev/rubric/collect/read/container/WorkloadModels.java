package dev.rubric.collect.read.container;

import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelVariables;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Models named in a workload's container environment ({@code OPENAI_MODEL: gpt-4o-mini},
 * {@code AZURE_OPENAI_DEPLOYMENT: chat}). Only literal values count: a value taken from a
 * ConfigMap or Secret is not in the manifest, and secret-looking literals were already dropped.
 * A deployment and the model and version variables beside it are one reference.
 */
public final class WorkloadModels {
    private WorkloadModels() {
    }

    public static void read(Workload workload, SubjectSink sink) {
        if (workload == null || workload.containers() == null) {
            return;
        }
        for (Container container : workload.containers()) {
            if (container.env() == null) {
                continue;
            }
            String prefix = (container.name() == null ? "container" : container.name()) + ".env.";
            List<ModelVariables.Variable> block = new ArrayList<>();
            for (EnvVar variable : container.env()) {
                block.add(new ModelVariables.Variable(variable.name(), variable.value(), 0));
            }
            for (ModelVariables.Named named : ModelVariables.references(block)) {
                String name = named.variable().name();
                ModelRefs.record(sink, workload.id(), prefix + name, "env." + name, named.reference(), workload.location());
            }
        }
    }
}
