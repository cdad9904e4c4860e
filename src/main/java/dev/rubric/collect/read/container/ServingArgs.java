package dev.rubric.collect.read.container;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.container.ShellWords.Word;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads vLLM, TGI, LoRAX and KServe Hugging Face server flags into a draft. Flag names are
 * compared in one spelling (no dashes, lower case, '-' for '_'), since the KServe server writes
 * {@code --model_id} where the launchers write {@code --model-id}. A value that depends on an
 * unknown variable is not kept; its setting is listed as unresolved instead.
 */
public final class ServingArgs {
    private enum Role { MODEL, REVISION, SERVED, LORA, MAX_LORA_RANK, MAX_LORAS, LOG_ON, LOG_OFF, FLAG, SETTING }

    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("model", Role.MODEL), Map.entry("model-id", Role.MODEL),
            Map.entry("revision", Role.REVISION), Map.entry("model-revision", Role.REVISION),
            Map.entry("served-model-name", Role.SERVED), Map.entry("model-name", Role.SERVED),
            Map.entry("lora-modules", Role.LORA), Map.entry("adapter-id", Role.LORA), Map.entry("lora-adapters", Role.LORA),
            Map.entry("max-lora-rank", Role.MAX_LORA_RANK), Map.entry("max-loras", Role.MAX_LORAS),
            Map.entry("enable-log-requests", Role.LOG_ON), Map.entry("enable-log-outputs", Role.LOG_ON),
            Map.entry("disable-log-requests", Role.LOG_OFF), Map.entry("no-enable-log-requests", Role.LOG_OFF),
            Map.entry("enable-lora", Role.FLAG), Map.entry("trust-remote-code", Role.FLAG), Map.entry("enforce-eager", Role.FLAG),
            Map.entry("enable-prefix-caching", Role.FLAG), Map.entry("disable-log-stats", Role.FLAG),
            Map.entry("enable-chunked-prefill", Role.FLAG), Map.entry("enable-auto-tool-choice", Role.FLAG));

    /** Settings that explain memory use and behaviour (criteria env.accelerator_spec, LC9). */
    static final Set<String> SETTINGS = Set.of(
            "tokenizer", "tokenizer-revision", "code-revision", "gpu-memory-utilization", "max-model-len", "max-num-seqs",
            "max-num-batched-tokens", "tensor-parallel-size", "pipeline-parallel-size", "quantization", "quantize",
            "dtype", "kv-cache-dtype", "max-cpu-loras", "swap-space", "cpu-offload-gb", "max-total-tokens",
            "max-input-length", "max-input-tokens", "max-batch-prefill-tokens", "max-batch-total-tokens",
            "cuda-memory-fraction", "num-shard", "sharded", "max-concurrent-requests", "download-dir", "backend",
            "source", "adapter-source", "block-size", "chat-template", "max-active-adapters", "model-dir");

    private static final Map<String, String> SHORT = Map.of("tp", "tensor-parallel-size", "pp", "pipeline-parallel-size",
            "q", "quantization", "dp", "data-parallel-size");

    private static final Pattern REDIRECT = Pattern.compile("\\d*[<>].*");
    private static final Pattern JSON_LORA = Pattern.compile(
            "\"name\"\\s*:\\s*\"([^\"]*)\".*?\"path\"\\s*:\\s*\"([^\"]*)\"", Pattern.DOTALL);

    private ServingArgs() {
    }

    /** A flag name in the one spelling used for lookups, or null when the word is not a flag. */
    static String canonical(String flag) {
        if (!flag.startsWith("-") || flag.length() < 2) {
            return null;
        }
        boolean single = !flag.startsWith("--");
        String name = flag.substring(single ? 1 : 2).toLowerCase(Locale.ROOT).replace('_', '-');
        return single ? SHORT.getOrDefault(name, name) : name;
    }

    /**
     * Applies {@code words} (the arguments after the program name) to the draft.
     *
     * @param positionalModel true when the first bare word names the model ({@code vllm serve <model>})
     */
    public static void apply(List<Word> words, ServingDraft draft, boolean positionalModel) {
        boolean expectModel = positionalModel;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (!word.unresolved() && REDIRECT.matcher(word.text()).matches()) {
                return;
            }
            String name = word.unresolved() ? null : canonical(word.text());
            if (name == null) {
                if (expectModel) {
                      model(draft, word);
                    expectModel = false;
                }
                continue;
            }
            if (name.isEmpty()) {
                // "--" ends the options
                return;
            }
            String inline = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                int at = word.text().indexOf('=');
                inline = word.text().substring(at + 1);
                name = name.substring(0, equals);
            }
            Role role = ROLES.get(name);
            if (role == Role.FLAG || role == Role.LOG_ON || role == Role.LOG_OFF) {
                boolean on = inline == null || !inline.equalsIgnoreCase("false");
                if (role == Role.FLAG) {
                    draft.settings.put(name, on ? "true" : "false");
                } else {
                    draft.promptLogging = (role == Role.LOG_ON) == on;
                }
                continue;
            }
            if (role == Role.SERVED || role == Role.LORA) {
                if (inline != null) {
                    listValue(draft, role, name, new Word(inline, word.unresolved(), word.line()));
                    continue;
                }
                // vLLM's nargs='+': every following bare word belongs to the flag
                boolean single = name.equals("adapter-id") || name.equals("model-name") || name.equals("lora-adapters");
                while (i + 1 < words.size() && !words.get(i + 1).isFlag()
                        && !REDIRECT.matcher(words.get(i + 1).text()).matches()) {
                    listValue(draft, role, name, words.get(++i));
                    if (single) {
                        break;
                    }
                }
                continue;
            }
            Word value;
            if (inline != null) {
                value = new Word(inline, word.unresolved(), word.line());
            } else if (i + 1 < words.size() && !words.get(i + 1).isFlag()) {
                value = words.get(++i);
            } else {
                continue;
            }
            if (Secrets.isSecretName(name) || Secrets.isSecretName(name.replace('-', '_'))) {
                draft.settings.put(name, Secrets.MARKER);
                continue;
            }
            if (role == null) {
                if (SETTINGS.contains(name)) {
                    setting(draft, name, value);
                }
                continue;
            }
            switch (role) {
                case MODEL -> model(draft, value);
                case REVISION -> {
                    if (value.unresolved()) {
                        draft.unresolved("revision");
                    } else {
                        draft.revision = value.text();
                    }
                }
                case MAX_LORA_RANK -> draft.maxLoraRank = number(draft, "max-lora-rank", value);
                case MAX_LORAS -> draft.maxLoras = number(draft, "max-loras", value);
                default -> setting(draft, name, value);
            }
        }
    }

    /** A served model; LoRAX and TGI accept {@code org/model@revision}. */
    public static void model(ServingDraft draft, Word value) {
        String text = value.text();
        draft.modelLine = value.line();
        if (value.unresolved()) {
            draft.model = text;
            draft.modelUnresolved = true;
            draft.unresolved("model");
            return;
        }
        int at = text.lastIndexOf('@');
        if (at > 0 && text.indexOf('/') > 0 && at + 1 < text.length() && !text.contains("://")) {
            draft.model = text.substring(0, at);
            draft.revision = text.substring(at + 1);
        } else {
            draft.model = text;
        }
        draft.modelUnresolved = false;
        draft.unresolved.remove("model");
    }

    static void setting(ServingDraft draft, String name, Word value) {
        if (value.unresolved()) {
            draft.unresolved(name);
        } else {
            draft.settings.put(name, Secrets.scrubText(value.text()));
        }
    }

    private static void listValue(ServingDraft draft, Role role, String name, Word value) {
        String setting = role == Role.SERVED ? "served-model-name" : "lora-modules";
        if (value.unresolved()) {
            draft.unresolved(setting);
            return;
        }
        if (role == Role.SERVED) {
            draft.servedModelNames.add(value.text());
            return;
        }
        if (name.equals("lora-adapters")) {
            // TGI: a comma-separated list of adapter ids, each optionally "name=id"
            for (String adapter : value.text().split(",")) {
                if (!adapter.isBlank()) {
                    draft.loraModules.add(Secrets.scrubText(adapter.strip()));
                }
            }
            return;
        }
        Matcher json = JSON_LORA.matcher(value.text());
        draft.loraModules.add(Secrets.scrubText(value.text().startsWith("{") && json.find()
                ? json.group(1) + "=" + json.group(2) : value.text()));
    }

    static Long number(ServingDraft draft, String name, Word value) {
        if (value.unresolved()) {
            draft.unresolved(name);
            return null;
        }
        try {
            return Long.parseLong(value.text().strip());
        } catch (NumberFormatException e) {
            draft.settings.put(name, value.text());
            return null;
        }
    }
}
