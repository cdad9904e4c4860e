package dev.rubric.link;

import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.Prompt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model slot is an environment variable that carries a model name ({@code OPENAI_MODEL}): code,
 * prompt configs and serving configs read it ({@code ${OPENAI_MODEL}}), dotenv files, Compose
 * services and Kubernetes workloads set it. A reader is {@code reads-model} linked to what sets
 * its variable ({@code prompt-reads-model} when the reader is a prompt: the rubric's prompt
 * dimension answers for those, its model dimension for the others): verified when the settings of the default environment agree (through
 * {@link ModelNames}), contradicted when they name different models, unresolved when only a
 * template ({@code .env.example}) or nothing audited sets it. The slot itself is contradicted
 * ({@code same-model-slot}) when a dotenv file and a workload file in its folder (or below it), or
 * another dotenv file of the same folder, set it to different models for the same environment: which model answers then depends on
 * how the application was started, and the repository does not say which. Two workloads that set
 * one variable differently are two consumers, not a contradiction; settings for different
 * environments ({@code .env.production}, {@code overlays/prod/}) may differ; two variables are two
 * slots. Deployment variables are left to {@link DeploymentRefResolution}.
 */
public final class ModelSlotAgreement implements LinkStep {
    static final String READS = "reads-model";
    static final String PROMPT_READS = "prompt-reads-model";
    static final String SAME_SLOT = "same-model-slot";
    private final ModelNames names;

    public ModelSlotAgreement(ModelNames names) {
        this.names = names;
    }

    /** A literal model set for a variable, where it was set. */
    private record Setting(ModelRef ref, String variable, boolean dotenv, boolean template, String environment) {
        String where() {
            return ref.location().path() + (ref.location().line() != null ? ":" + ref.location().line() : "");
        }
    }

    @Override
    public String name() {
        return "model-slots";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        Map<String, List<Setting>> bySlot = new TreeMap<>();
        for (ModelRef ref : evidence.models()) {
            Setting setting = setting(ref);
            if (setting != null) {
                bySlot.computeIfAbsent(ref.location().source() + '\u0000' + setting.variable(), k -> new ArrayList<>())
                        .add(setting);
            }
        }
        LinkSet links = new LinkSet(evidence.links());
        Map<String, Setting[]> contradictions = new TreeMap<>();
        bySlot.forEach((slot, settings) -> {
            settings.sort(Comparator.comparing(s -> s.ref().id()));
            Setting[] pair = contradiction(settings);
            if (pair != null) {
                contradictions.put(slot, pair);
                links.add(Link.of(pair[0].ref().id(), SAME_SLOT, pair[1].ref().id(), Link.CONTRADICTED,
                        describe(pair)));
            }
        });
        for (ModelRef ref : evidence.models()) {
            String variable = readVariable(ref.name());
            if (variable != null && ref.resolvedDeployment() == null && SettingFiles.inProduction(ref.location())) {
                read(ref.id(), ref.location().source(), variable, READS, bySlot, contradictions, links);
            }
        }
        for (Prompt prompt : evidence.prompts()) {
            String variable = prompt.model() == null ? null : readVariable(prompt.model());
            if (variable != null && SettingFiles.inProduction(prompt.location())) {
                read(prompt.id(), prompt.location().source(), variable, PROMPT_READS, bySlot, contradictions, links);
            }
        }
        return links.added() ? evidence.withLinks(links.list()) : evidence;
    }

    private void read(String reader, String source, String variable, String kind, Map<String, List<Setting>> bySlot,
                      Map<String, Setting[]> contradictions, LinkSet links) {
        String slot = source + '\u0000' + variable;
        List<Setting> settings = bySlot.getOrDefault(slot, List.of());
        Setting[] contradiction = contradictions.get(slot);
        if (contradiction != null) {
            links.add(Link.of(reader, kind, "env:" + variable, Link.CONTRADICTED, "reads " + variable + ", but "
                    + describe(contradiction)));
            return;
        }
        List<Setting> running = settings.stream().filter(s -> !s.template()).toList();
        List<Setting> preferred = running.stream()
                .filter(s -> s.environment().equals(SettingFiles.DEFAULT_ENVIRONMENT)).toList();
        List<Setting> targets = !preferred.isEmpty() ? preferred : running;
        if (targets.isEmpty()) {
            links.add(Link.of(reader, kind, "env:" + variable, Link.UNRESOLVED, settings.isEmpty()
                    ? "reads " + variable + ", which no audited file sets: the model is chosen where the application is"
                            + " deployed, outside the audited files"
                    : "reads " + variable + ", which only the template " + settings.get(0).where() + " sets (to '"
                            + settings.get(0).ref().name() + "'): the value at run time is not in the audited files"));
            return;
        }
        for (Setting setting : targets) {
            links.add(Link.of(reader, kind, setting.ref().id(), Link.VERIFIED, "reads " + variable + ", which "
                    + setting.where() + " sets to '" + setting.ref().name() + "'"
                    + (setting.environment().isEmpty() ? "" : " for environment " + setting.environment())));
        }
    }

    /** Two settings of one slot that name different models for the same consumer and environment. */
    private Setting[] contradiction(List<Setting> settings) {
        for (int i = 0; i < settings.size(); i++) {
            for (int j = i + 1; j < settings.size(); j++) {
                Setting a = settings.get(i);
                Setting b = settings.get(j);
                if (a.template() || b.template() || !a.environment().equals(b.environment()) || !(a.dotenv() || b.dotenv())) {
                    continue;
                }
                if (!sameApplication(a, b)) {
                    continue;
                }
                if (!names.compare(a.ref().name(), b.ref().name()).agrees()) {
                    return a.dotenv() ? new Setting[] {a, b} : new Setting[] {b, a};
                }
            }
        }
        return null;
    }

    /**
     * Two dotenv files configure one application only in one folder; a dotenv file configures a
     * workload's application when it sits in the workload file's folder or above it
     * ({@code services/a/.env} says nothing about {@code services/b/deploy.yaml}).
     */
    private static boolean sameApplication(Setting a, Setting b) {
        String first = SettingFiles.directory(a.ref().location().path());
        String second = SettingFiles.directory(b.ref().location().path());
        if (a.dotenv() && b.dotenv()) {
            return first.equals(second);
        }
        String dotenv = a.dotenv() ? first : second;
        String other = a.dotenv() ? second : first;
        return dotenv.isEmpty() || other.equals(dotenv) || other.startsWith(dotenv + "/");
    }

    private static String describe(Setting[] pair) {
        String environment = pair[0].environment().isEmpty() ? "" : " for environment " + pair[0].environment();
        return pair[0].variable() + " is set to '" + pair[0].ref().name() + "' in " + pair[0].where() + " and to '"
                + pair[1].ref().name() + "' in " + pair[1].where() + environment
                + ": which model answers depends on how the application is started, and the repository does not say which";
    }

    /** A literal model set for a variable: a dotenv entry or an {@code env.X} of a workload or service. */
    private static Setting setting(ModelRef ref) {
        if (ref.field() == null || ref.name() == null || ref.location().path() == null
                || !SettingFiles.inProduction(ref.location()) || readVariable(ref.name()) != null
                || ref.name().contains("$")) {
            return null;
        }
        String field = ref.field();
        String variable = field.startsWith("env.") ? field.substring(4) : field;
        if (!EnvVar.conventionalName(variable) || variable.contains("DEPLOYMENT")) {
            return null;
        }
        String path = ref.location().path();
        boolean dotenv = SettingFiles.isDotenv(path) && !field.startsWith("env.");
        if (!dotenv && !field.startsWith("env.")) {
            return null;
        }
        return new Setting(ref, variable, dotenv, SettingFiles.isTemplate(path), SettingFiles.environment(path));
    }

    private static String readVariable(String reference) {
        String variable = EnvReferences.variable(reference);
        // ${spring.ai.model} is a property placeholder, not an environment variable
        return variable == null || variable.contains("DEPLOYMENT") || !EnvVar.conventionalName(variable) ? null
                : variable;
    }
}
