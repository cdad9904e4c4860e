package dev.rubric.collect.tree;

/**
 * One input format (Prompty, Dotprompt, Kubernetes manifests, Dockerfiles, ...), read once however
 * many collections it feeds. A parser first judges a file by its name, which is cheap, then
 * confirms it by content: a well-known file name is a hint, never proof.
 */
public interface FormatParser {
    /** The family name used in "unrecognised" records, e.g. "prompty". */
    String family();

    /** The file-name rule: the single source of both the hint and the collector's name prefilter. */
    Signature signature();

    /**
     * How strongly the path suggests this format; NONE means the file is not read for it. Always
     * the signature's answer: it stays a method only because embedded content (a ConfigMap key)
     * is judged through it as well.
     */
    default Hint hint(String relativePath, String fileName) {
        return signature().hint(relativePath, fileName);
    }

    /**
     * Reads the file and reports what it finds to {@code sink}.
     *
     * @return true when the content confirmed the format, false when the file is not one
     */
    boolean parse(ParsedFile file, FileSink sink);
}
