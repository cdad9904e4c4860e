package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.prompts.FStrings;
import dev.rubric.collect.read.prompts.Placeholders;
import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelPinning;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prompt templates kept as plain template files (formats.md §1.7): Jinja, StringTemplate,
 * Mustache and Handlebars files anywhere, and {@code .txt}/{@code .md} files in a prompt folder or
 * named after prompts (which is also how a ConfigMap key such as {@code prompt.txt} arrives).
 * Template engines serve web pages and Ansible configs too, so the text must read like a prompt:
 * outside a prompt path only an unmistakable prompt phrase ("You are", {@code <<SYS>>},
 * {@code [INST]}, chat role lines) counts; inside one, placeholders are enough. A folder named
 * exactly {@code prompts/} (or {@code prompt/}, {@code prompt_templates/}, {@code system_prompts/})
 * is a prompt library, whose files are prompts whatever language or opening they use ("You are
 * given …", "## Role", Chinese), so there any text of a sentence or more counts — except the
 * repository's own paperwork (README, CHANGELOG, LICENSE …) and documentation or tool folders
 * ({@code docs/}, {@code .github/prompts/} of a coding assistant) that happen to hold one.
 */
public final class TemplatePromptParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            Signature.weak("*.{j2,jinja,jinja2,st,mustache,hbs}"),
            // Semantic Kernel's template file is that family's prompt
            Signature.none("skprompt.txt"),
            // plain text is a prompt only where the name or a folder says so (agent_prompts/, prompt.txt)
            Signature.weak("*prompt*.{txt,md}"), Signature.weak("*.{txt,md}").inFolderMentioning("prompt"));
    static final String FORMAT = "template";
    private static final Map<String, String> TEMPLATE_EXTENSIONS = Map.of(
            ".j2", "jinja2", ".jinja", "jinja2", ".jinja2", "jinja2", ".st", "stringtemplate",
            ".mustache", "mustache", ".hbs", "handlebars");
    /** How far into the file prompt phrases are looked for: prompts say who the model is up front. */
    private static final int HEAD = 2000;
    private static final Pattern PROMPT_PHRASE = Pattern.compile(
            "(?i)\\byou are (a|an|the|my|our|\\w+GPT)\\b|\\byou're an? \\w+ assistant|<<SYS>>|\\[INST]|<\\|im_start\\|>"
                    + "|<\\|(system|user|assistant)\\|>|\\{%-?\\s*message\\s+role|(?m)^[ \\t]*(system|user|assistant|human)[ \\t]*:[ \\t]*$"
                    + "|\\byour (task|job|role) is\\b|\\bact as an? \\w+");
    private static final Set<String> PROMPT_LIBRARY_FOLDERS = Set.of("prompts", "prompt", "prompt_templates", "prompt-templates",
            "prompttemplates", "system_prompts", "system-prompts");
    /** Folders of prose about a project, never its runtime prompts. */
    private static final Set<String> DOCUMENTATION_FOLDERS = Set.of("docs", "doc", "documentation", "site", "website", "wiki", "blog");
    private static final Set<String> PAPERWORK = Set.of("readme", "changelog", "changes", "history", "license", "licence",
            "notice", "contributing", "authors", "code_of_conduct", "security", "index", "summary", "requirements");
    /** A prompt library's file shorter than this (in characters, so a Chinese sentence counts) is a stub or a fragment. */
    private static final int SHORTEST_LIBRARY_PROMPT = 40;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}\\n]{1,200}}}|\\{%[^%\\n]{1,200}%}|(?<![{$])\\{[A-Za-z_]\\w{0,63}}(?!})");

    public TemplatePromptParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (text.isBlank()) {
            return false;
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        boolean promptPath = inPromptPath(file.carrier().equals("file") ? file.relativePath() : name, name);
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        boolean reads = PROMPT_PHRASE.matcher(head).find() || (promptPath && PLACEHOLDER.matcher(head).find())
                || (file.carrier().equals("file") && inPromptLibrary(file.relativePath(), name)
                        && text.strip().codePointCount(0, text.strip().length()) >= SHORTEST_LIBRARY_PROMPT);
        if (!reads) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        String templateFormat = templateFormat(name);
        if (templateFormat == null) {
            templateFormat = text.contains("{%") ? "jinja2" : "text";
        }
        String stem = file.fileName();
        int dot = stem.indexOf('.');
        PromptFacts facts = new PromptFacts(dot > 0 ? stem.substring(0, dot) : stem, null, null, null, null,
                ModelPinning.Origin.MODEL, null, null, null, templateFormat, text);
        List<String> variables = templateFormat.equals("stringtemplate") || templateFormat.equals("text")
                ? FStrings.names(text) : Placeholders.roots(text);
        PromptEvidence.emit(sink, PromptSites.wholeFile(file), FORMAT, facts, text, variables);
        return true;
    }

    private static String templateFormat(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TEMPLATE_EXTENSIONS.get(name.substring(dot));
    }

    /** Under a folder named as a prompt library, and neither paperwork nor in a documentation or dot folder. */
    private static boolean inPromptLibrary(String relativePath, String name) {
        int dot = name.indexOf('.');
        if (PAPERWORK.contains(dot > 0 ? name.substring(0, dot) : name)) {
            return false;
        }
        boolean library = false;
        for (String folder : Documents.folder(relativePath).toLowerCase(Locale.ROOT).split("/")) {
            if (folder.startsWith(".") || DOCUMENTATION_FOLDERS.contains(folder)) {
                return false;
            }
            library |= PROMPT_LIBRARY_FOLDERS.contains(folder);
        }
        return library;
    }

    /** A folder on the path, or the file name, mentions prompts ({@code agent_prompts/}, {@code prompt.txt}). */
    private static boolean inPromptPath(String relativePath, String name) {
        if (name.contains("prompt")) {
            return true;
        }
        String folder = Documents.folder(relativePath).toLowerCase(Locale.ROOT);
        return folder.contains("prompt");
    }
}
