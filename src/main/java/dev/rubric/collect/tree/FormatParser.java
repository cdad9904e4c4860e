package dev.rubric.collect.tree;

/**
 * One artifact family (Prompty, Dotprompt, Kubernetes manifests, ...). A parser first judges a
 * file by its name, which is cheap, then confirms it by content with its signature keys: a
 * well-known file name is a hint, never proof.
 */
public interface FormatParser {
    /** The family name used in "unrecognised" records, e.g. "prompty". */
    String family();

    /** How strongly the path suggests this family; NONE means the file is not read for it. */
    Hint hint(String relativePath, String fileName);

    /** The names {@link #hint} can say yes to, a superset: the collector asks about no others. */
    default NameFilter names() {
        return NameFilter.ANY;
    }

    /**
     * Reads the file and reports what it finds to {@code sink}.
     *
     * @return true when the content confirmed the family, false when the file is not one
     */
    boolean parse(ParsedFile file, FileSink sink);
}
