package dev.rubric.collect.read.container;

import dev.rubric.collect.read.container.ShellWords.Command;
import dev.rubric.collect.read.container.ShellWords.Word;
import dev.rubric.evidence.ImageRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds a model server in a command line or an image name, and reads the server's env settings. */
public final class ServingCommand {
    /** A server program in a command: its engine and where its arguments start. */
    public record Invocation(String engine, List<Word> args, boolean positionalModel, int line) {
    }

    private ServingCommand() {
    }

    /** Cheap check before any tokenising: can this text start a model server at all? */
    public static boolean mentionsServer(String text) {
        return text.contains("vllm") || text.contains("text-generation-launcher") || text.contains("lorax-launcher");
    }

    public static Invocation find(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.unresolved()) {
                continue;
            }
            String program = basename(word.text());
            if (program.equals("vllm") && i + 1 < words.size() && words.get(i + 1).text().equals("serve")) {
                return new Invocation("vllm", words.subList(i + 2, words.size()), true, word.line());
            }
            if (program.endsWith("vllm.entrypoints.openai.api_server") || program.equals("vllm.entrypoints.api_server")) {
                return new Invocation("vllm", words.subList(i + 1, words.size()), false, word.line());
            }
            if (program.equals("text-generation-launcher")) {
                return new Invocation("tgi", words.subList(i + 1, words.size()), false, word.line());
            }
            if (program.equals("lorax-launcher")) {
                return new Invocation("lorax", words.subList(i + 1, words.size()), false, word.line());
            }
        }
        return null;
    }

    /** The first command of a script that starts a server, or null. */
    static Invocation first(List<Command> commands) {
        for (Command command : commands) {
            Invocation invocation = find(command.words());
            if (invocation != null) {
                return invocation;
            }
        }
        return null;
    }

    /** The engine an image ships, or null: the image's entrypoint starts that server. */
    public static String engineOfImage(ImageRef image) {
        if (image == null || image.repository() == null) {
            return null;
        }
        String repository = image.repository().toLowerCase(Locale.ROOT);
        String last = repository.substring(repository.lastIndexOf('/') + 1);
        if (ServingEvidence.nimModel(image) != null) {
            return "nim";
        }
        if (last.contains("vllm")) {
            return "vllm";
        }
        if (last.equals("text-generation-inference") || last.equals("tgi")) {
            return "tgi";
        }
        if (last.equals("lorax")) {
            return "lorax";
        }
        if (repository.equals("ollama/ollama") || last.equals("ollama")) {
            return "ollama";
        }
        return null;
    }

    /**
     * Server settings given as environment variables. TGI and LoRAX read every launcher flag
     * from the variable of the same name in capitals; vLLM takes extra flags from
     * {@code VLLM_ADDITIONAL_ARGS}. A null value means "set, but from a reference" (unresolved).
     */
    public static void applyEnv(ServingDraft draft, Map<String, String> env, Map<String, String> shellVariables, int line) {
        for (Map.Entry<String, String> entry : env.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue();
            Word word = new Word(value == null ? "$(" + name + ")" : value, value == null, line);
            switch (draft.engine) {
                case "vllm" -> {
                    if (name.equals("VLLM_ADDITIONAL_ARGS")) {
                        if (value == null) {
                            draft.unresolved("VLLM_ADDITIONAL_ARGS");
                        } else {
                            for (Command command : ShellWords.commands(value, shellVariables, line)) {
                                ServingArgs.apply(command.words(), draft, false);
                            }
                        }
                    } else if (name.equals("VLLM_ALLOW_RUNTIME_LORA_UPDATING")) {
                        ServingArgs.setting(draft, "allow-runtime-lora-updating", word);
                    }
                }
                case "tgi", "lorax" -> launcherEnv(draft, name, word);
                case "ollama" -> {
                    if (name.startsWith("OLLAMA_") && !name.equals("OLLAMA_HOST")) {
                        ServingArgs.setting(draft, name.toLowerCase(Locale.ROOT).replace('_', '-'), word);
                    }
                }
                case "nim" -> {
                    if (name.equals("NIM_MODEL_PROFILE") || name.equals("NIM_MAX_MODEL_LEN")
                            || name.equals("NIM_TENSOR_PARALLEL_SIZE")) {
                        ServingArgs.setting(draft, name.toLowerCase(Locale.ROOT).replace('_', '-'), word);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void launcherEnv(ServingDraft draft, String name, Word word) {
        String flag = name.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (flag) {
            case "model-id" -> ServingArgs.model(draft, word);
            case "revision" -> {
                if (word.unresolved()) {
                    draft.unresolved("revision");
                } else {
                    draft.revision = word.text();
                }
            }
            case "lora-adapters", "adapter-id" -> ServingArgs.apply(List.of(new Word("--" + flag, false, word.line()), word),
                    draft, false);
            default -> {
                if (ServingArgs.SETTINGS.contains(flag)) {
                    ServingArgs.setting(draft, flag, word);
                }
            }
        }
    }

    private static String basename(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }
}
