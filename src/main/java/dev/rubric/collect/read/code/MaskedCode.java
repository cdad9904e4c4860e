package dev.rubric.collect.read.code;


/**
 * Source code as the inline-prompt scanner sees it, for the other parsers that look for calls in
 * code: comments blanked and string contents replaced, at the same offsets as the file's text. A
 * call written in a comment or a docstring (an SDK's {@code @example}, a tutorial paragraph)
 * never runs, so it is no evidence of what the code does.
 */
public final class MaskedCode {
    private MaskedCode() {
    }

    /**
     * The masked text, or null when the file is not code that runs: a language the scanner does
     * not read, a TypeScript declaration file, a minified bundle or generated code.
     */
    public static String of(SourceText file) {
        CodeText code = read(file);
        return code == null ? null : code.masked();
    }

    /**
     * The text with comments and docstrings blanked and every other string kept, for parsers that
     * read literal values from calls; null as for {@link #of}.
     */
    public static String withoutCommentsOrDocstrings(SourceText file) {
        CodeText code = read(file);
        return code == null ? null : code.withoutCommentsOrDocstrings();
    }

    private static CodeText read(SourceText file) {
        CodeLanguage language = CodeLanguage.of(file.fileName());
        return language == null ? null : CodeText.read(file.text(), file.chars(), language);
    }
}
