package dev.rubric.collect.formats.supplychain;

import dev.rubric.collect.read.container.ServingArgs;
import dev.rubric.collect.read.container.ServingCommand;
import dev.rubric.collect.read.container.ServingDraft;
import dev.rubric.collect.read.container.ServingEvidence;
import dev.rubric.collect.read.container.ShellWords;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.read.container.ShellWords.Command;
import dev.rubric.collect.read.container.ShellWords.Word;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model server a Dockerfile's final stage starts: ENTRYPOINT and CMD in exec (JSON) or shell
 * form, or a serving base image whose entrypoint takes CMD as flags, plus server settings in
 * ENV. The Dockerfile parser classifies the file; this part only reports the server. Shell-form
 * commands run at start-up, so only ENV values (which may be built from ARGs) expand in them.
 */
final class DockerfileServing {
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)^\\s*([A-Z]+)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S*)");

    boolean read(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!ServingCommand.mentionsServer(text) && !text.contains("text-generation-inference")
                && !text.contains("lorax") && !text.contains("nvcr.io/nim/")) {
            return false;
        }
        try {
            return readFinalStage(file, sink);
        } catch (RuntimeException e) {
            sink.error(0, 0, "cannot read the serving command of this Dockerfile: " + e);
            return false;
        }
    }

    /** The final stage as the image runs it. */
    private static final class Stage {
        String base;
        int baseLine;
        final Map<String, String> args = new HashMap<>();
        final Map<String, String> env = new LinkedHashMap<>();
        /** The line of the ENV instruction that last set each variable. */
        final Map<String, Integer> envLines = new HashMap<>();
        List<Word> entrypoint;
        List<Word> cmd;
        int line;
    }

    private static boolean readFinalStage(ParsedFile file, FileSink sink) {
        Map<String, Stage> named = new HashMap<>();
        Map<String, String> globalArgs = new HashMap<>();
        Stage stage = null;
        for (Instruction instruction : instructions(file.text())) {
            String keyword = instruction.keyword();
            String rest = instruction.rest().strip();
            if (keyword.equals("FROM")) {
                String[] parts = rest.split("\\s+");
                Stage next = new Stage();
                String expanded = expand(parts[0], globalArgs);
                String baseName = expanded == null ? parts[0] : expanded;
                Stage parent = named.get(baseName.toLowerCase(Locale.ROOT));
                if (parent != null) {
                    // FROM an earlier stage inherits its image and runtime settings
                    next.base = parent.base;
                    next.baseLine = parent.baseLine;
                    next.env.putAll(parent.env);
                    next.entrypoint = parent.entrypoint;
                    next.cmd = parent.cmd;
                    next.line = parent.line;
                } else {
                    next.base = baseName;
                    next.baseLine = instruction.line();
                }
                if (parts.length >= 3 && parts[parts.length - 2].equalsIgnoreCase("AS")) {
                    named.put(parts[parts.length - 1].toLowerCase(Locale.ROOT), next);
                }
                stage = next;
                continue;
            }
            if (keyword.equals("ARG")) {
                Map<String, String> target = stage == null ? globalArgs : stage.args;
                String[] pair = rest.split("=", 2);
                if (pair.length == 2) {
                    target.put(pair[0].strip(), unquote(pair[1].strip()));
                } else if (stage != null && globalArgs.containsKey(rest)) {
                    stage.args.put(rest, globalArgs.get(rest));
                }
                continue;
            }
            if (stage == null) {
                continue;
            }
            switch (keyword) {
                case "ENV" -> env(rest, stage, instruction.line());
                case "ENTRYPOINT" -> {
                    stage.entrypoint = command(rest, stage.env, instruction.line());
                    stage.cmd = null;
                    stage.line = instruction.line();
                }
                case "CMD" -> {
                    stage.cmd = command(rest, stage.env, instruction.line());
                    stage.line = instruction.line();
                }
                default -> {
                }
            }
        }
        if (stage == null) {
            return false;
        }
        return emit(file, sink, stage);
    }

    private static boolean emit(ParsedFile file, FileSink sink, Stage stage) {
        List<Word> words = new ArrayList<>();
        if (stage.entrypoint != null) {
            words.addAll(stage.entrypoint);
        }
        if (stage.cmd != null) {
            words.addAll(stage.cmd);
        }
        ServingCommand.Invocation invocation = ServingCommand.find(words);
        var image = ImageReferences.parse(stage.base);
        String imageEngine = ServingCommand.engineOfImage(image);
        String engine = invocation != null ? invocation.engine() : stage.entrypoint == null ? imageEngine : null;
        if (engine == null) {
            return false;
        }
        ServingDraft draft = new ServingDraft(engine, "dockerfile");
        draft.image = image;
        if (engine.equals("nim")) {
            ServingEvidence.nim(draft, image, stage.baseLine);
        }
        // one variable at a time, so that a model taken from ENV points at its own ENV line
        for (Map.Entry<String, String> variable : stage.env.entrySet()) {
            ServingCommand.applyEnv(draft, Collections.singletonMap(variable.getKey(), variable.getValue()),
                    new HashMap<>(stage.env), stage.envLines.getOrDefault(variable.getKey(), stage.baseLine));
        }
        if (invocation != null) {
            ServingArgs.apply(invocation.args(), draft, invocation.positionalModel());
        } else if (stage.cmd != null && !engine.equals("nim") && !engine.equals("ollama")) {
            List<Word> flags = stage.cmd;
            boolean serve = !flags.isEmpty() && flags.get(0).text().equals("serve");
            ServingArgs.apply(serve ? flags.subList(1, flags.size()) : flags, draft, engine.equals("vllm"));
        }
        int line = invocation != null ? invocation.line() : stage.line > 0 ? stage.line : stage.baseLine;
        ServingEvidence.emit(draft, file.subjectId(), sink.location(line), sink);
        return true;
    }

    /** {@code ENV A=1 B="two"} or the legacy {@code ENV A 1}; values may use earlier ARGs and ENVs. */
    private static void env(String rest, Stage stage, int line) {
        Map<String, String> scope = new HashMap<>(stage.args);
        scope.putAll(stage.env);
        Matcher pair = ENV_PAIR.matcher(rest);
        if (rest.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            while (pair.find()) {
                stage.env.put(pair.group(1), expand(unquote(pair.group(2)), scope));
                stage.envLines.put(pair.group(1), line);
            }
        } else {
            String[] legacy = rest.split("\\s+", 2);
            stage.env.put(legacy[0], legacy.length > 1 ? expand(unquote(legacy[1]), scope) : "");
            stage.envLines.put(legacy[0], line);
        }
    }

    /** Exec form is not run by a shell, so nothing expands unless it starts one itself. */
    private static List<Word> command(String rest, Map<String, String> env, int line) {
        if (rest.startsWith("[")) {
            try {
                JsonNode array = Json.mapper().readTree(rest);
                if (array.isArray()) {
                    List<Word> words = new ArrayList<>();
                    for (JsonNode item : array) {
                        String text = item.asText();
                        words.add(new Word(text, text.contains("$"), line));
                    }
                    return shellScript(words, env, line);
                }
            } catch (JsonProcessingException e) {
                // not valid JSON: Docker then runs the text in a shell, as we do below
            }
        }
        List<Word> words = new ArrayList<>();
        for (Command command : ShellWords.commands(rest, new HashMap<>(env), line)) {
            if (ServingCommand.find(command.words()) != null) {
                return command.words();
            }
            words.addAll(command.words());
        }
        return words;
    }

    /** {@code ["sh", "-c", "vllm serve ..."]}: the script's serving command. */
    private static List<Word> shellScript(List<Word> words, Map<String, String> env, int line) {
        if (words.size() >= 3 && words.get(0).text().matches("(/\\S*/)?(ba)?sh") && words.get(1).text().matches("-[a-z]*c")) {
            for (Command command : ShellWords.commands(words.get(2).text(), new HashMap<>(env), line)) {
                if (ServingCommand.find(command.words()) != null) {
                    return command.words();
                }
            }
        }
        return words;
    }

    /** The text with ARG and ENV references replaced, or null when one of them has no value here. */
    private static String expand(String text, Map<String, String> scope) {
        if (!text.contains("$")) {
            return text;
        }
        List<Command> commands = ShellWords.commands("x " + text.replace("\"", "\\\""), new HashMap<>(scope), 0);
        if (commands.isEmpty() || commands.get(0).words().size() < 2) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (Word word : commands.get(0).words().subList(1, commands.get(0).words().size())) {
            if (word.unresolved()) {
                return null;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.text());
        }
        return out.toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private record Instruction(String keyword, String rest, int line) {
    }

    /** Logical instructions: continuation lines joined, comment lines dropped. */
    private static List<Instruction> instructions(String text) {
        List<Instruction> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                continue;
            }
            if (current == null) {
                if (stripped.isEmpty()) {
                    continue;
                }
                current = new StringBuilder();
                start = i + 1;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            Matcher matcher = INSTRUCTION.matcher(current.toString());
            if (matcher.matches()) {
                out.add(new Instruction(matcher.group(1).toUpperCase(Locale.ROOT), matcher.group(2), start));
            }
            current = null;
        }
        return out;
    }
}
