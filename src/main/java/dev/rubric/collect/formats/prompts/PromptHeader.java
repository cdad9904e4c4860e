package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.FrontMatter;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;

/**
 * The front matter of a prompt file, read once for both prompt parsers. A file whose front
 * matter is broken is still a prompt file (its name and fence say so): it is classified with
 * parse status "error" and the problem is reported at its line in the file.
 */
record PromptHeader(FrontMatter frontMatter, MapNode metadata, boolean failed) {

    static PromptHeader read(ParsedFile file, FileSink sink, String kind, String format) {
        FrontMatter frontMatter = FrontMatter.split(file.text());
        if (frontMatter.unclosed()) {
            sink.classify(kind, format, "error");
            sink.error(frontMatter.openLine(), 1, "unclosed front matter: the '---' on line "
                    + frontMatter.openLine() + " has no closing '---'");
            return new PromptHeader(frontMatter, null, true);
        }
        Node node;
        try {
            node = frontMatter.read(file.yaml());
        } catch (YamlException e) {
            sink.classify(kind, format, "error");
            sink.error(e.mark().line(), e.mark().column(), "malformed front matter: " + e.getMessage());
            return new PromptHeader(frontMatter, null, true);
        }
        return new PromptHeader(frontMatter, node instanceof MapNode map ? map : null, false);
    }

    String body() {
        return frontMatter.body();
    }

    /** The file line of the value under the path, or 0 when there is none. */
    int line(String... path) {
        return metadata == null ? 0 : metadata.at(path).map(node -> node.mark().line()).orElse(0);
    }

    /** The scalar under the path as written (so 1.10 stays 1.10), or null. */
    String text(String... path) {
        return metadata == null ? null : metadata.text(path).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }
}
