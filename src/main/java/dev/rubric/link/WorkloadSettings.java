package dev.rubric.link;

import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Workload;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The literal values the workloads of one source set environment variables to, with the workload
 * (and template parameter, when the value is a parameter's default) that set each: how a variable
 * that code reads is followed to what its deployment gives it. A value with an unexpanded
 * {@code ${…}} says nothing yet and is left out.
 */
final class WorkloadSettings {
    static final WorkloadSettings NONE = new WorkloadSettings();

    /** Per variable, per value, the first setter (workloads in id order) as it reads in a reason. */
    private final Map<String, Map<String, String>> values = new HashMap<>();

    static Map<String, WorkloadSettings> bySource(List<Workload> workloads) {
        Map<String, WorkloadSettings> out = new HashMap<>();
        for (Workload workload : workloads) {
            for (Container container : workload.containers() == null ? List.<Container>of() : workload.containers()) {
                if (container.env() == null) {
                    continue;
                }
                for (EnvVar env : container.env()) {
                    if (env.value() != null && !env.value().contains("${")) {
                        String setter = workload.kind() + " " + workload.name() + " sets " + env.name() + " to '" + env.value() + "'"
                                + ("parameter".equals(env.valueFrom()) ? " (the default of its parameter " + env.ref() + ")"
                                : WorkloadParameterJoin.FROM_FILE.equals(env.valueFrom()) ? " (its parameter " + env.ref() + ")" : "");
                        out.computeIfAbsent(workload.location().source(), k -> new WorkloadSettings()).values
                                .computeIfAbsent(env.name(), k -> new TreeMap<>()).putIfAbsent(env.value(), setter);
                    }
                }
            }
        }
        return out;
    }

    /** The value every workload that sets {@code variable} agrees on, or null when none sets it or they differ. */
    String onlyValue(String variable) {
        Map<String, String> set = values.get(variable);
        return set != null && set.size() == 1 ? set.keySet().iterator().next() : null;
    }

    String describe(String variable) {
        String value = onlyValue(variable);
        return value == null ? "" : values.get(variable).get(value);
    }

    /** Why the workloads do not say which deployment {@code variable} names, when they set it to several values; empty otherwise. */
    String disagreement(String variable) {
        Map<String, String> set = values.get(variable);
        return set == null || set.size() < 2 ? "" : "; the workloads disagree: " + String.join(", ", set.values());
    }
}
