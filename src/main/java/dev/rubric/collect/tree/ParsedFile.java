package dev.rubric.collect.tree;

import dev.rubric.collect.read.code.SourceText;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.YamlException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A candidate file's text, decoded and with line endings normalised to '\n', plus its YAML
 * documents parsed at most once however many parsers ask for them. A ParsedFile can also be
 * content embedded in another artifact (a prompt or a collector config stored as a ConfigMap
 * value): it then keeps the outer file's path, so locations point at the real file, shifted by
 * {@code lineOffset}, and its own name and subject id.
 */
public final class ParsedFile implements SourceText {
    private final String sourceId;
    private final String relativePath;
    private final String name;
    private final String subjectId;
    private final int lineOffset;
    private final String carrier;
    private String text;
    private final SafeYaml yaml;
    private byte[] utf8;
    private char[] chars;
    private int[] lineStarts;
    private List<Node> documents;
    private YamlException yamlFailure;
    private boolean yamlRequested;
    /** The input the file was walked from, for formats whose unit is a folder; null for none. */
    private TreeInput tree;
    /** For text a template rendered: the values it was rendered with (see Location#rendered); else null. */
    private String variant;

    public ParsedFile(String sourceId, String relativePath, String text, SafeYaml yaml) {
        this(sourceId, relativePath, relativePath.substring(relativePath.lastIndexOf('/') + 1),
                sourceId + "/" + relativePath, 0, "file", text, yaml);
    }

    /**
     * A file read from disk: {@code utf8} are its bytes as read (valid UTF-8, line endings as in
     * the file), kept for the scans that look at every byte, so that they need no second copy.
     * {@code text} may be null for ASCII content: it is then made on first use.
     */
    public ParsedFile(String sourceId, String relativePath, String text, byte[] utf8, SafeYaml yaml) {
        this(sourceId, relativePath, text, yaml);
        this.utf8 = utf8;
    }

    /** A file read from {@code tree}, which a format whose unit is a folder may look around in. */
    public ParsedFile(String sourceId, String relativePath, String text, byte[] utf8, SafeYaml yaml, TreeInput tree) {
        this(sourceId, relativePath, text, utf8, yaml);
        this.tree = tree;
    }

    private ParsedFile(String sourceId, String relativePath, String name, String subjectId, int lineOffset,
                       String carrier, String text, SafeYaml yaml) {
        this.sourceId = sourceId;
        this.relativePath = relativePath;
        this.name = name;
        this.subjectId = subjectId;
        this.lineOffset = lineOffset;
        this.carrier = carrier;
        this.text = text;
        this.yaml = yaml;
    }

    /**
     * Text embedded in this file under {@code name} (a ConfigMap key, say), whose first line is
     * line {@code firstLine} of this file.
     */
    public ParsedFile embedded(String name, String subjectSuffix, String embeddedText, int firstLine, String embeddedCarrier) {
        ParsedFile embedded = new ParsedFile(sourceId, relativePath, name, subjectId + "#" + subjectSuffix,
                lineOffset + Math.max(0, firstLine - 1), embeddedCarrier, embeddedText, yaml);
        embedded.tree = tree;
        embedded.variant = variant;
        return embedded;
    }

    /**
     * Text that the template {@code templatePath} of this walk rendered with {@code variant}: subjects
     * found in it point at the template and name the variant, and their ids are the template's own,
     * followed by "@" and the variant unless it is the default one. Positions in rendered text are
     * not the template's, so its sink reports none.
     */
    public ParsedFile rendered(String templatePath, String renderedText, String renderedVariant, boolean defaultVariant) {
        String id = sourceId + "/" + templatePath + (defaultVariant ? "" : "@" + renderedVariant);
        ParsedFile out = new ParsedFile(sourceId, templatePath, templatePath.substring(templatePath.lastIndexOf('/') + 1),
                id, 0, "rendered", renderedText, yaml);
        out.tree = tree;
        out.variant = renderedVariant;
        return out;
    }

    /** The values this text was rendered with, or null when it is a file's own text. */
    public String variant() {
        return variant;
    }

    /**
     * The input this file was walked from (paths relative to the source root), for a format whose
     * unit is a folder rather than a file; empty when the file was not walked from one (tests, or
     * text given alone).
     */
    public Optional<TreeInput> tree() {
        return Optional.ofNullable(tree);
    }

    /**
     * The text of another file of the same walk, by its path relative to the root, for a reader that
     * follows this file's imports into the repository's own modules; null when the file was not walked
     * from a tree, is a template's rendering, has no such file, or that file is over {@code maxBytes}.
     */
    public String otherFileText(String relative, long maxBytes) {
        if (tree == null || variant != null) {
            return null;
        }
        try {
            TreeInput.Blob blob = tree.file(relative);
            return blob == null || blob.size() > maxBytes ? null : new String(blob.read(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            // an unreadable module is one the reader cannot follow, as if it were not there
            return null;
        }
    }

    public String sourceId() {
        return sourceId;
    }

    public String relativePath() {
        return relativePath;
    }

    /** The name that format hints look at: the file name, or the key of embedded content. */
    @Override
    public String fileName() {
        return name;
    }

    /** What holds the content: "file", or for embedded content e.g. "configmap". */
    public String carrier() {
        return carrier;
    }

    /** Lines to add to positions inside {@link #text()} to get positions in the real file. */
    public int lineOffset() {
        return lineOffset;
    }

    @Override
    public synchronized String text() {
        if (text == null) {
            text = FileText.ascii(utf8);
        }
        return text;
    }

    /**
     * The content as UTF-8 bytes, for scans of ASCII tokens: it holds the same tokens as
     * {@link #text()}, whatever its line endings (a byte order mark or '\r' is part of no token).
     */
    @Override
    public synchronized byte[] utf8() {
        if (utf8 == null) {
            utf8 = text.getBytes(StandardCharsets.UTF_8);
        }
        return utf8;
    }

    /** The text as characters, made once and shared by the scans that look at every character. */
    @Override
    public synchronized char[] chars() {
        if (chars == null) {
            chars = text().toCharArray();
        }
        return chars;
    }

    /** The id of a subject that is this whole file (or this embedded content). */
    public String subjectId() {
        return subjectId;
    }

    /** The YAML (or JSON) documents of the file. */
    public synchronized List<Node> yamlDocuments() throws YamlException {
        if (!yamlRequested) {
            yamlRequested = true;
            try {
                documents = yaml.readAll(text());
            } catch (YamlException e) {
                yamlFailure = e;
            }
        }
        if (yamlFailure != null) {
            throw yamlFailure;
        }
        return documents;
    }

    /**
     * The mapping documents of the file, for parsers that only want objects: other documents are
     * skipped, and a file that does not parse has none (the walker reports the syntax error once,
     * if no parser recognises the file).
     */
    public List<MapNode> yamlMappings() {
        try {
            return yamlDocuments().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast).toList();
        } catch (YamlException e) {
            return List.of();
        }
    }

    /**
     * The first document when it is a mapping: where every single-document config format here
     * (LiteLLM, Helm values, collector and logging configs, prompt files) starts. A file that does
     * not parse has none; the walker reports the syntax error once, if no parser recognises it.
     */
    public Optional<MapNode> yamlRoot() {
        try {
            List<Node> documents = yamlDocuments();
            return !documents.isEmpty() && documents.get(0) instanceof MapNode root ? Optional.of(root) : Optional.empty();
        } catch (YamlException e) {
            return Optional.empty();
        }
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
        int[] starts = lineStarts();
        // the number of lines starting at or before the offset: a file with a hundred findings
        // used to count its line breaks from the top a hundred times
        int found = Arrays.binarySearch(starts, Math.max(offset, 0));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Offsets just after each line break, with 0 for the first line; made on first need. */
    private synchronized int[] lineStarts() {
        if (lineStarts == null) {
            String content = text();
            int[] starts = new int[64];
            int count = 1;
            for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }
}
