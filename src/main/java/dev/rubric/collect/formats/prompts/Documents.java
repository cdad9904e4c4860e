package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;
import java.util.List;

/**
 * The tree of a config file, read quietly. A file that does not parse is simply not this family:
 * the walker reports malformed YAML when no parser recognises the file.
 */
final class Documents {
    private Documents() {
    }

    /** The first document, whatever its shape, or null. */
    static Node first(ParsedFile file) {
        try {
            List<Node> documents = file.yamlDocuments();
            return documents.isEmpty() ? null : documents.get(0);
        } catch (YamlException e) {
            return null;
        }
    }

    /** The folder of a path, "" at the root. */
    static String folder(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
