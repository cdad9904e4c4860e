package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.prompts.ChatTemplates;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenizer chat templates, recorded as what they are (kind {@code chat-template}) rather than as
 * prompts: the {@code chat_template} of a {@code tokenizer_config.json} or
 * {@code chat_template.json}, a Jinja chat template file ({@code chat_template.jinja}, vLLM's
 * {@code template_chatml.jinja}), and LLaMA-Factory-style registries that build templates in code
 * ({@code register_template(name="qwen", format_user=…)}). The file's {@code chatTemplates} fact
 * lists each template by name with the SHA-256 of its text, so a changed template shows.
 */
public final class ChatTemplateParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            Signature.weak("tokenizer_config.json", "chat_template.json").exactCase(),
            Signature.strong("chat_template.jinja").exactCase(),
            Signature.weak("*.{jinja,jinja2,j2}"),
            Signature.weak("*.py"));
    static final String KIND = "chat-template";
    /** Looked for in the bytes: a Python file without it is never decoded (most are not registries). */
    private static final Needles REGISTRY_NEEDLE = Needles.of("register_template");
    private static final Pattern REGISTERED = Pattern.compile(
            "\\bregister_template\\s*\\(\\s*(?:name\\s*=\\s*)?[\"']([\\w.-]+)[\"']");

    public ChatTemplateParser() {
        super("chat-template", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".py") && REGISTRY_NEEDLE.noneIn(file)) {
            return false;
        }
        String text = file.text();
        if (name.endsWith(".json")) {
            return text.contains("chat_template") && tokenizerConfig(file, sink);
        }
        if (name.endsWith(".py")) {
            return ChatTemplates.isTemplateRegistry(text) && registry(file, sink);
        }
        if (!ChatTemplates.isChatTemplate(text)) {
            return false;
        }
        sink.classify(KIND, "jinja2", "parsed");
        String stem = file.fileName().substring(0, file.fileName().indexOf('.') > 0 ? file.fileName().indexOf('.') : file.fileName().length());
        sink.fact("chatTemplates", List.of(describe(stem, text, 1)));
        return true;
    }

    /** {@code "chat_template": "…"}, or a list of {@code {name, template}} (default, tool_use, rag). */
    private static boolean tokenizerConfig(ParsedFile file, FileSink sink) {
        MapNode root = file.yamlRoot().orElse(null);
        Node value = root == null ? null : root.get("chat_template");
        List<Map<String, Object>> templates = new ArrayList<>();
        if (value instanceof ScalarNode scalar && scalar.value() instanceof String template && !template.isBlank()) {
            templates.add(describe("default", template, Nodes.line(scalar)));
        } else if (value instanceof ListNode list) {
            for (MapNode entry : Nodes.maps(list)) {
                String template = Nodes.string(entry, "template");
                if (template != null) {
                    String named = Nodes.string(entry, "name");
                    templates.add(describe(named == null ? "default" : named, template, Nodes.line(entry)));
                }
            }
        }
        if (templates.isEmpty()) {
            return false;
        }
        sink.classify(KIND, "tokenizer-config", "parsed");
        sink.fact("chatTemplates", templates);
        return true;
    }

    private static boolean registry(ParsedFile file, FileSink sink) {
        List<Map<String, Object>> templates = new ArrayList<>();
        Matcher registered = REGISTERED.matcher(file.text());
        while (registered.find()) {
            Map<String, Object> entry = new TreeMap<>();
            entry.put("name", registered.group(1));
            entry.put("line", file.lineOf(registered.start()));
            templates.add(entry);
        }
        if (templates.isEmpty()) {
            return false;
        }
        sink.classify(KIND, "template-registry", "parsed");
        sink.fact("chatTemplates", templates);
        return true;
    }

    private static Map<String, Object> describe(String name, String template, int line) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put("name", name);
        entry.put("sha256", ChatTemplates.sha256(template));
        entry.put("generationPrompt", ChatTemplates.addsGenerationPrompt(template));
        entry.put("line", line);
        return entry;
    }
}
