package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Helm rendered, read back as manifests. Helm heads each document with
 * {@code # Source: <chart>/templates/x.yaml}; the documents of one template are read together as
 * text that template rendered, so objects point at it, and ids and locations name the variant.
 */
final class RenderedChart {
    private static final String SOURCE = "# Source: ";

    private final ParsedFile chartFile;
    private final FileSink chartSink;
    private final HelmMessages messages;

    RenderedChart(ParsedFile chartFile, FileSink chartSink, HelmMessages messages) {
        this.chartFile = chartFile;
        this.chartSink = chartSink;
        this.messages = messages;
    }

    void read(String output, String variant, boolean isDefault) {
        for (Map.Entry<String, String> template : byTemplate(output).entrySet()) {
            String path = messages.inTree(template.getKey());
            if (path == null) {
                path = chartFile.relativePath();
            }
            ParsedFile rendered = chartFile.rendered(path, template.getValue(), variant, isDefault);
            FileSink sink = chartSink.sinkFor(rendered);
            List<Node> documents;
            try {
                documents = rendered.yamlDocuments();
            } catch (YamlException e) {
                sink.error(0, 0, "what the template rendered is not YAML that can be read: " + e.getMessage());
                continue;
            }
            KubernetesManifestParser.readObjects(rendered, sink, documents);
        }
    }

    /** The rendered text of each template, in Helm's order; documents of one template joined. */
    static Map<String, String> byTemplate(String output) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : output.split("\n", -1)) {
            if (line.startsWith(SOURCE)) {
                String template = line.substring(SOURCE.length()).strip();
                current = texts.computeIfAbsent(template, k -> new StringBuilder());
                if (!current.isEmpty()) {
                    current.append("---\n");
                }
                continue;
            }
            if (line.equals("---") || line.startsWith("--- ")) {
                // the separator before the next Source line; a document without one stays with the last
                continue;
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((template, text) -> out.put(template, text.toString()));
        return out;
    }
}
