package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.yaml.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Google/Firebase Dotprompt files (formats.md §1.2). Other tools use {@code .prompt} too (shell
 * prompt themes, for one), so a file must have a front matter mapping or Handlebars markers.
 * Partials ({@code _name.prompt}) are pieces of other prompts, not prompts of their own.
 */
public final class DotpromptParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("*.prompt"));
    static final String FORMAT = "dotprompt";
    private static final String EXTENSION = ".prompt";
    private static final Pattern HANDLEBARS = Pattern.compile(
            "\\{\\{~?\\s*(?:role\\b|[#>/^!]|[A-Za-z_@][\\w.@]*\\s*~?}})");

    public DotpromptParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        try {
            return read(file, sink);
        } catch (RuntimeException e) {
            sink.error(1, 0, "cannot read this Dotprompt file: " + e.getMessage());
            return false;
        }
    }

    private static boolean read(ParsedFile file, FileSink sink) {
        boolean partial = file.fileName().startsWith("_");
        String kind = partial ? "prompt-partial" : "prompt";
        PromptHeader header = PromptHeader.read(file, sink, kind, FORMAT);
        if (header.failed()) {
            return true;
        }
        if (header.metadata() == null && !HANDLEBARS.matcher(header.body()).find()) {
            return false;
        }
        sink.classify(kind, FORMAT, "parsed");
        if (!partial) {
            PromptSites.emitWholeFile(file, sink, FORMAT, facts(file.fileName(), header));
        }
        return true;
    }

    private static PromptFacts facts(String fileName, PromptHeader header) {
        String stem = fileName.substring(0, fileName.length() - EXTENSION.length());
        int dot = stem.indexOf('.');
        String name = header.text("name");
        String variant = header.text("variant");
        if (name == null) {
            name = dot < 0 ? stem : stem.substring(0, dot);
        }
        if (variant == null && dot >= 0 && dot + 1 < stem.length()) {
            variant = stem.substring(dot + 1);
        }
        MapNode meta = header.metadata();
        return new PromptFacts(name, header.text("version"), variant, Secrets.scrubText(header.text("description")),
                header.text("model"), ModelPinning.Origin.MODEL, null,
                Parameters.of(meta == null ? null : meta.map("config").orElse(null)),
                inputNames(meta), "handlebars", header.body(), header.line("model"));
    }

    /** Picoschema ({@code field?(array, note): type}) or JSON Schema properties of {@code input.schema}. */
    private static List<String> inputNames(MapNode meta) {
        List<String> names = new ArrayList<>();
        MapNode schema = meta == null ? null : meta.map("input", "schema").orElse(null);
        if (schema == null) {
            return names;
        }
        MapNode properties = schema.map("properties").orElse(null);
        boolean jsonSchema = properties != null && schema.text("type").map("object"::equals).orElse(false);
        for (String key : jsonSchema ? properties.keys() : schema.keys()) {
            String name = Picoschema.fieldName(key);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
