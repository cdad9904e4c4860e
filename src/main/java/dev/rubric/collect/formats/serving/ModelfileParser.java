package dev.rubric.collect.formats.serving;

import dev.rubric.collect.read.container.ServingDraft;
import dev.rubric.collect.read.container.ServingEvidence;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ollama Modelfiles (formats.md §4.3, §7): {@code FROM} names the model (an Ollama tag, a GGUF
 * path), {@code ADAPTER} a LoRA adapter, {@code PARAMETER} runtime settings. Thousands of
 * repositories hold a file named Modelfile, so the name is only a hint: a line starting with
 * {@code FROM} confirms it. Its {@code SYSTEM} and {@code TEMPLATE} prompts are read too
 * ({@link ModelfilePrompts}).
 */
public final class ModelfileParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("modelfile", "modelfile.*", "*.modelfile"));
    private static final ModelfilePrompts PROMPTS = new ModelfilePrompts();
    private static final Pattern FROM = Pattern.compile("(?im)^FROM\\s+\\S");
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)^(FROM|ADAPTER|PARAMETER|SYSTEM|TEMPLATE|MESSAGE|LICENSE)\\s+(.*)$");
    private static final int EXCERPT = 120;

    public ModelfileParser() {
        super("ollama-modelfile", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        // the serving config classifies the file; the prompts only do when it could not be read
        boolean recognised = readServing(file, sink);
        return PROMPTS.read(file, sink) | recognised;
    }

    private boolean readServing(ParsedFile file, FileSink sink) {
        if (!FROM.matcher(file.text()).find()) {
            return false;
        }
        try {
            read(file, sink);
            return true;
        } catch (RuntimeException e) {
            sink.error(0, 0, "cannot read this Modelfile: " + e);
            return false;
        }
    }

    private static void read(ParsedFile file, FileSink sink) {
        sink.classify("serving-config", "ollama-modelfile", "parsed");
        ServingDraft draft = new ServingDraft("ollama", "modelfile");
        String[] lines = file.text().split("\n", -1);
        int fromLine = 1;
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = INSTRUCTION.matcher(lines[i].strip());
            if (!matcher.matches()) {
                continue;
            }
            String instruction = matcher.group(1).toUpperCase(Locale.ROOT);
            String value = matcher.group(2).strip();
            int line = i + 1;
            if (value.startsWith("\"\"\"")) {
                // a triple-quoted value runs until the next closing triple quote, possibly lines later
                StringBuilder text = new StringBuilder(value.substring(3));
                while (text.indexOf("\"\"\"") < 0 && i + 1 < lines.length) {
                    text.append('\n').append(lines[++i]);
                }
                int end = text.indexOf("\"\"\"");
                value = end < 0 ? text.toString() : text.substring(0, end);
            } else if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            switch (instruction) {
                case "FROM" -> {
                    draft.model = value;
                    fromLine = line;
                }
                case "ADAPTER" -> draft.loraModules.add(value);
                case "PARAMETER" -> {
                    String[] pair = value.split("\\s+", 2);
                    String previous = draft.settings.get(pair[0]);
                    String next = pair.length > 1 ? unquote(pair[1]) : "";
                    // stop sequences may repeat
                    draft.settings.put(pair[0], previous == null ? next : previous + "," + next);
                }
                default -> {
                }
            }
        }
        ServingEvidence.emit(draft, file.subjectId(), sink.location(fromLine), sink);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }


}
