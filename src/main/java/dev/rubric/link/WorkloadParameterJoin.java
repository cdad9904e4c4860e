package dev.rubric.link;

import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A workload's environment variable that a template parameter decides ({@code valueFrom:
 * parameter}, from a container app or App Service app in Bicep) takes what the template's
 * parameters file gives that parameter ({@link ParameterFiles}). azd fills the file's
 * {@code ${VAR=default}} from its environment, so the file's default, not the template's, is what
 * runs when the variable is unset, and a binding without a default leaves the value to deploy
 * time. The variable then reads {@code valueFrom: parametersFile}, its {@code ref} the parameter,
 * the file and line, and the azd variable: {@code openAiDeploymentName in
 * infra/main.parameters.json:63, azd variable AZURE_OPENAI_CHATGPT_DEPLOYMENT}. A variable whose
 * value is withheld as secret stays as it is.
 */
public final class WorkloadParameterJoin implements LinkStep {
    static final String FROM_FILE = "parametersFile";

    @Override
    public String name() {
        return "workload-parameters";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        if (evidence.workloads().isEmpty()) {
            return evidence;
        }
        ParameterFiles files = ParameterFiles.of(evidence);
        if (files.isEmpty()) {
            return evidence;
        }
        List<Workload> joined = new ArrayList<>(evidence.workloads().size());
        boolean changed = false;
        for (Workload workload : evidence.workloads()) {
            Map<?, ?> parameters = workload.location() == null ? null
                    : files.of(workload.location().source(), workload.location().path());
            Workload bound = parameters == null ? workload : bind(workload, parameters);
            changed |= bound != workload;
            joined.add(bound);
        }
        return changed ? evidence.withWorkloads(List.copyOf(joined)) : evidence;
    }

    private static Workload bind(Workload workload, Map<?, ?> parameters) {
        if (workload.containers() == null) {
            return workload;
        }
        String file = ParameterFiles.path(workload.location().path());
        List<Container> containers = new ArrayList<>();
        boolean changed = false;
        for (Container container : workload.containers()) {
            if (container.env() == null) {
                containers.add(container);
                continue;
            }
            List<EnvVar> env = new ArrayList<>();
            for (EnvVar variable : container.env()) {
                EnvVar bound = bind(variable, parameters, file);
                changed |= bound != variable;
                env.add(bound);
            }
            containers.add(container.withEnv(List.copyOf(env)));
        }
        return changed ? workload.withContainers(List.copyOf(containers)) : workload;
    }

    private static EnvVar bind(EnvVar variable, Map<?, ?> parameters, String file) {
        if (!"parameter".equals(variable.valueFrom()) || Boolean.TRUE.equals(variable.redacted())
                || !(parameters.get(variable.ref()) instanceof Map<?, ?> binding)) {
            return variable;
        }
        String value = binding.get("value") instanceof String s ? s : null;
        String env = binding.get("env") instanceof String s ? s : null;
        if (value == null && env == null) {
            return variable;
        }
        String line = binding.get("line") instanceof String s ? ":" + s : "";
        String ref = variable.ref() + " in " + file + line + (env == null ? "" : ", azd variable " + env);
        return new EnvVar(variable.name(), value, null, FROM_FILE, ref);
    }
}
