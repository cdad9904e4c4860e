package dev.rubric.collect.read.container;

import dev.rubric.collect.LocatedSink;
import dev.rubric.collect.read.container.ShellWords.Command;
import dev.rubric.collect.read.container.ShellWords.Word;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.evidence.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a workload's containers say about model serving and observability: a server started by
 * the image or by command and args (lists, {@code --k=v}, or a script under {@code sh -c}), its
 * env settings, and the tracing clients configured through env. Reads the already-sanitised
 * {@link Workload}, so no secret value is ever in reach.
 */
public final class WorkloadServing {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");
    private static final Pattern SHELL_COMMAND_FLAG = Pattern.compile("-[a-z]*c");
    /** Kubernetes expands {@code $(VAR)} in command and args from the container's env. */
    private static final Pattern KUBE_VARIABLE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    private static final String OTEL_INJECT = "instrumentation.opentelemetry.io/inject-";

    private WorkloadServing() {
    }

    public static void read(Workload workload, LocatedSink sink) {
        for (Container container : workload.containers()) {
            if (container.init()) {
                continue;
            }
            String owner = workload.id() + "/" + (container.name() == null ? "container" : container.name());
            try {
                serving(workload, container, owner, sink);
                List<EnvSignals.Entry> env = new ArrayList<>();
                for (EnvVar variable : container.env() == null ? List.<EnvVar>of() : container.env()) {
                    env.add(new EnvSignals.Entry(variable.name(), variable.value(),
                            variable.valueFrom() == null ? null : "<" + variable.valueFrom() + ">", 0));
                }
                EnvSignals.emit(owner, line -> workload.location(), env, "env", sink);
            } catch (RuntimeException e) {
                sink.error(workload.location().line() == null ? 0 : workload.location().line(), 0,
                        owner + ": cannot read the serving settings: " + e);
            }
        }
        operatorInjection(workload, sink);
    }

    private static void serving(Workload workload, Container container, String owner, LocatedSink sink) {
        String imageEngine = ServingCommand.engineOfImage(container.image());
        List<String> command = container.command() == null ? List.of() : container.command();
        List<String> args = container.args() == null ? List.of() : container.args();
        if (imageEngine == null && !mentions(command) && !mentions(args)) {
            return;
        }
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, String> literals = new HashMap<>();
        for (EnvVar variable : container.env() == null ? List.<EnvVar>of() : container.env()) {
            env.put(variable.name(), variable.value());
            if (variable.value() != null) {
                literals.put(variable.name(), variable.value());
            }
        }
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        List<Word> words = words(all, literals);
        ServingCommand.Invocation invocation = ServingCommand.find(words);
        String engine = invocation != null ? invocation.engine() : imageEngine;
        if (engine == null) {
            return;
        }
        ServingDraft draft = new ServingDraft(engine, "manifest");
        draft.image = container.image();
        if (engine.equals("nim")) {
            ServingEvidence.nim(draft, container.image(), 0);
        }
        ServingCommand.applyEnv(draft, env, new HashMap<>(literals), 0);
        if (invocation != null) {
            ServingArgs.apply(invocation.args(), draft, invocation.positionalModel());
        } else if (engine.equals("ollama")) {
            ollamaModels(words, draft);
        } else if (!engine.equals("nim")) {
            // the image's entrypoint is the server: the args are its flags (vllm-openai: "serve <model>" too)
            List<Word> flags = words(args, literals);
            boolean serve = !flags.isEmpty() && flags.get(0).text().equals("serve");
            ServingArgs.apply(serve ? flags.subList(1, flags.size()) : flags, draft, engine.equals("vllm"));
        }
        // a Workload keeps no line per container value: the model is located with its object
        draft.modelLine = 0;
        ServingEvidence.emit(draft, owner, workload.location(), sink);
    }

    private static boolean mentions(List<String> words) {
        for (String word : words) {
            if (ServingCommand.mentionsServer(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The container's words with {@code $(VAR)} expanded from literal env values. A shell started
     * with {@code -c} gets its script split into commands; the one that starts a server wins.
     */
    private static List<Word> words(List<String> tokens, Map<String, String> literals) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String program = token.substring(token.lastIndexOf('/') + 1);
            if (SHELLS.contains(program) && i + 2 < tokens.size() && SHELL_COMMAND_FLAG.matcher(tokens.get(i + 1)).matches()) {
                String script = expand(tokens.get(i + 2), literals).text();
                List<Command> commands = ShellWords.commands(script, new HashMap<>(literals), 0);
                for (Command command : commands) {
                    if (ServingCommand.find(command.words()) != null) {
                        return command.words();
                    }
                }
                commands.forEach(command -> out.addAll(command.words()));
                return out;
            }
            out.add(expand(token, literals));
        }
        return out;
    }

    private static Word expand(String token, Map<String, String> literals) {
        Matcher matcher = KUBE_VARIABLE.matcher(token);
        StringBuilder out = new StringBuilder();
        boolean unresolved = false;
        while (matcher.find()) {
            String value = literals.get(matcher.group(1));
            unresolved |= value == null;
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return new Word(out.toString(), unresolved, 0);
    }

    /** Ollama pulls its models at run time: {@code ollama pull|run <model>} in the start script. */
    private static void ollamaModels(List<Word> words, ServingDraft draft) {
        for (int i = 0; i + 2 < words.size(); i++) {
            String verb = words.get(i + 1).text();
            if (words.get(i).text().endsWith("ollama") && (verb.equals("pull") || verb.equals("run"))) {
                Word model = words.get(i + 2);
                if (draft.model == null) {
                    ServingArgs.model(draft, model);
                } else if (!model.unresolved()) {
                    draft.servedModelNames.add(model.text());
                }
            }
        }
    }

    /** The OpenTelemetry Operator instruments pods that carry its inject annotation. */
    private static void operatorInjection(Workload workload, LocatedSink sink) {
        Map<String, String> settings = new TreeMap<>();
        for (Map<String, String> annotations : List.of(workload.annotations(), workload.podAnnotations())) {
            if (annotations == null) {
                continue;
            }
            annotations.forEach((key, value) -> {
                if (key.startsWith(OTEL_INJECT) && !value.equalsIgnoreCase("false")) {
                    settings.put(key, value);
                }
            });
        }
        if (!settings.isEmpty()) {
            sink.observability(new ObservabilitySignal(workload.id() + "#otel-operator", workload.location(), "otel",
                    "annotation", List.of("traces"), List.of(), null, settings));
        }
    }
}
