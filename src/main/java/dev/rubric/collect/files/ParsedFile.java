package dev.rubric.collect.files;

import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.YamlException;
import java.util.List;

/**
 * A candidate file's text, decoded and with line endings normalised to '\n', plus its YAML
 * documents parsed at most once however many parsers ask for them.
 */
public final class ParsedFile {
    private final String sourceId;
    private final String relativePath;
    private final String text;
    private final SafeYaml yaml;
    private List<Node> documents;
    private YamlException yamlFailure;
    private boolean yamlRequested;

    public ParsedFile(String sourceId, String relativePath, String text, SafeYaml yaml) {
        this.sourceId = sourceId;
        this.relativePath = relativePath;
        this.text = text;
        this.yaml = yaml;
    }

    public String sourceId() {
        return sourceId;
    }

    public String relativePath() {
        return relativePath;
    }

    public String fileName() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.substring(slash + 1);
    }

    public String text() {
        return text;
    }

    /** The id of a subject that is this whole file. */
    public String subjectId() {
        return sourceId + "/" + relativePath;
    }

    /** The YAML (or JSON) documents of the file. */
    public synchronized List<Node> yamlDocuments() throws YamlException {
        if (!yamlRequested) {
            yamlRequested = true;
            try {
                documents = yaml.readAll(text);
            } catch (YamlException e) {
                yamlFailure = e;
            }
        }
        if (yamlFailure != null) {
            throw yamlFailure;
        }
        return documents;
    }

    /** The reason the YAML could not be read, if some parser asked and it failed. */
    public synchronized YamlException yamlFailure() {
        return yamlFailure;
    }

    public SafeYaml yaml() {
        return yaml;
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
