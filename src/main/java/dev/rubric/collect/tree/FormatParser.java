package dev.rubric.collect.tree;

/**
 * One input format (Prompty, Dotprompt, Kubernetes manifests, Dockerfiles, ...), read once however
 * many collections it feeds. A parser first judges a file by its name, which is cheap, then
 * confirms it by content: a well-known file name is a hint, never proof. What a parser declares —
 * its family and its file-name rule — is data given once to this constructor; a subclass only
 * reads.
 */
public abstract class FormatParser {
    private final String family;
    private final Signature signature;

    /**
     * @param family    the name used in "unrecognised" records, e.g. "prompty"
     * @param signature the file-name rule: the single source of both the hint and the walker's
     *                  name prefilter
     */
    protected FormatParser(String family, Signature signature) {
        this.family = family;
        this.signature = signature;
    }

    public final String family() {
        return family;
    }

    public final Signature signature() {
        return signature;
    }

    /** How strongly the path suggests this format; NONE means the file is not read for it. */
    public final Hint hint(String relativePath, String fileName) {
        return signature.hint(relativePath, fileName);
    }

    /**
     * Reads the file and reports what it finds to {@code sink}.
     *
     * @return true when the content confirmed the format, false when the file is not one
     */
    public abstract boolean parse(ParsedFile file, FileSink sink);
}
