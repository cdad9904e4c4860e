package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Microsoft Prompty files (formats.md §1.1). Confirmed by a front matter that names the prompt
 * or its model, or by chat role lines, since the runtime accepts body-only "shorthand" files.
 */
public final class PromptyParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("*.prompty"));
    static final String FORMAT = "prompty";
    private static final Pattern ROLE_LINE = Pattern.compile(
            "(?im)^[ \\t]*#?[ \\t]*(system|user|assistant|developer)[ \\t]*:[ \\t]*$");

    public PromptyParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        try {
            return read(file, sink);
        } catch (RuntimeException e) {
            sink.error(1, 0, "cannot read this Prompty file: " + e.getMessage());
            return false;
        }
    }

    private static boolean read(ParsedFile file, FileSink sink) {
        PromptHeader header = PromptHeader.read(file, sink, "prompt", FORMAT);
        if (header.failed()) {
            return true;
        }
        MapNode meta = header.metadata();
        boolean named = meta != null && (meta.get("name") != null || meta.get("model") != null);
        if (!named && !ROLE_LINE.matcher(header.body()).find()) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        PromptFacts facts = facts(header);
        PromptSites.emitWholeFile(file, sink, FORMAT, facts);
        return true;
    }

    private static PromptFacts facts(PromptHeader header) {
        String version = header.text("metadata", "version");
        if (version == null) {
            version = header.text("version");
        }
        String[] modelPath = {"model"};
        ModelPinning.Origin origin = ModelPinning.Origin.MODEL;
        if (header.text(modelPath) == null) {
            modelPath = first(header, new String[] {"model", "id"}, new String[] {"model", "configuration", "name"},
                    new String[] {"model", "configuration", "model"});
        }
        if (modelPath == null) {
            modelPath = new String[] {"model", "configuration", "azure_deployment"};
            origin = ModelPinning.Origin.DEPLOYMENT;
        }
        String model = header.text(modelPath);
        String templateFormat = header.text("template");
        if (templateFormat == null) {
            templateFormat = header.text("template", "format");
        }
        MapNode meta = header.metadata();
        return new PromptFacts(header.text("name"), version, null, Secrets.scrubText(header.text("description")), model, origin,
                header.text("model", "configuration", "type"),
                Parameters.of(meta == null ? null : meta.map("model", "parameters").orElse(null)),
                declaredInputs(meta), templateFormat, header.body(), model == null ? 0 : header.line(modelPath));
    }

    /** The first path that holds a value. */
    private static String[] first(PromptHeader header, String[]... paths) {
        for (String[] path : paths) {
            if (header.text(path) != null) {
                return path;
            }
        }
        return null;
    }

    /** {@code inputs} is a mapping by name; some files write a list of {@code {name: ...}} entries. */
    private static List<String> declaredInputs(MapNode meta) {
        List<String> names = new ArrayList<>();
        if (meta == null) {
            return names;
        }
        Node inputs = meta.get("inputs");
        if (inputs instanceof MapNode map) {
            names.addAll(map.keys());
        } else if (inputs instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof MapNode entry) {
                    entry.text("name").ifPresent(names::add);
                }
            }
        }
        return names;
    }
}
