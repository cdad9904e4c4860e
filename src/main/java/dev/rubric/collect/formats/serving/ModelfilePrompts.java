package dev.rubric.collect.formats.serving;

import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.read.refs.ModelPinning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts an Ollama Modelfile bakes into a model (formats.md §1.8): {@code SYSTEM} (the system
 * prompt) and {@code TEMPLATE} (the chat template, Go template syntax), quoted or triple-quoted.
 * The serving side of the file ({@code FROM}, {@code PARAMETER}, {@code ADAPTER}) belongs to the
 * serving reader of {@link ModelfileParser}, which also records the FROM model; here it only names
 * the prompts' model.
 * Weak hint: a Modelfile without prompts is not a prompt file.
 */
final class ModelfilePrompts {
    static final String FORMAT = "modelfile";
    // RE2/J: (?m)^\s* restarts at every line of a run of blank lines, quadratic in java.util.regex
    private static final com.google.re2j.Pattern FROM = com.google.re2j.Pattern.compile("(?im)^\\s*FROM\\s+(\\S+)");
    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?im)^[ \\t]*(SYSTEM|TEMPLATE)[ \\t]+(\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|([^\\n]*))", Pattern.DOTALL);

    private static final Pattern GO_FIELD = Pattern.compile("\\{\\{-?[^}]{0,200}?\\.([A-Z][A-Za-z]*)");

    boolean read(ParsedFile file, FileSink sink) {
        String text = file.text();
        com.google.re2j.Matcher from = FROM.matcher(text);
        if (!from.find() || (!text.contains("SYSTEM") && !text.contains("TEMPLATE")
                && !text.contains("system") && !text.contains("template"))) {
            return false;
        }
        String model = from.group(1);
        Matcher instruction = INSTRUCTION.matcher(text);
        boolean found = false;
        while (instruction.find()) {
            String keyword = instruction.group(1).toUpperCase(Locale.ROOT);
            String body = instruction.group(3) != null ? instruction.group(3)
                    : instruction.group(4) != null ? instruction.group(4).replace("\\\"", "\"") : instruction.group(5).strip();
            if (body.isBlank()) {
                continue;
            }
            if (!found) {
                sink.classify("prompt", FORMAT, "parsed");
                found = true;
            }
            boolean system = keyword.equals("SYSTEM");
            PromptFacts facts = new PromptFacts(keyword.toLowerCase(Locale.ROOT), null, null, null, model,
                    ModelPinning.Origin.MODEL, null, null, null, system ? "text" : "go-template", body);
            PromptEvidence.Site site = new PromptEvidence.Site(file.subjectId() + "#" + keyword,
                    file.lineOf(instruction.start(1)), true, file.carrier().equals("file") ? "config" : file.carrier(),
                    null, false);
            PromptEvidence.emit(sink, site, FORMAT, facts, body, system ? List.of() : goVariables(body));
        }
        return found;
    }

    /** {@code {{ .System }}}, {@code {{ .Prompt }}}: the fields a chat template reads. */
    private static List<String> goVariables(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher field = GO_FIELD.matcher(body);
        while (field.find()) {
            names.add(field.group(1));
        }
        return new ArrayList<>(names);
    }
}
