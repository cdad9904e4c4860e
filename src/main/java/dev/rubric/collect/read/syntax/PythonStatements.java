package dev.rubric.collect.read.syntax;

import java.util.Arrays;

/**
 * Where the top-level statements of a Python source start, found by a lexical pass, so that
 * top-level functions a reader does not need can be cut out before tree-sitter parses the
 * file. tree-sitter's Python parser is the costliest step of reading a source file (the native
 * library is built without optimisation): a file whose prompt call sits beside twenty ordinary
 * functions parses five times faster without them.
 *
 * <p>In Python a line whose first character is at column 0, and is neither a comment nor inside a
 * string, a bracket or a backslash continuation, always starts a new top-level statement: an
 * indented block cannot hold one. The pass tracks exactly those three states. The functions are
 * cut out rather than turned into spaces (the lexer's cost is per character, white space
 * included) and the nodes that remain are moved back to where they were written ({@link CutSource});
 * the caller checks the parsed tree against these starts and parses the whole text when they differ.
 * {@code else}, {@code elif}, {@code except} and {@code finally} at column 0 continue the statement
 * above; decorators and their definition are one statement. One difference remains, and is
 * harmless: a comment written just before a cut function may be missing from the tree
 * (tree-sitter's scanner folds it into the white space that follows), and no reader reads comments.
 */
final class PythonStatements {
    private static final String[] CLAUSES = {"else", "elif", "except", "finally"};

    /** Offsets where top-level statements start, ascending. */
    final int[] starts;
    /** Where each statement's last token ends: comments and white space after it are not its. */
    private final int[] ends;

    private PythonStatements(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static PythonStatements of(String source) {
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        int lastCode = 0;
        int n = source.length();
        int depth = 0;
        /** The open string's quote, 0 outside a string; {@code triple} when it is written with three. */
        char quote = 0;
        boolean triple = false;
        boolean continued = false;
        boolean decorating = false;
        int i = 0;
        while (i < n) {
            // a line starts at i
            // Python ignores form feeds at the start of a line for indentation: what follows them is at column 0
            while (i < n && source.charAt(i) == '\f') {
                i++;
            }
            if (i < n && quote == 0 && depth == 0 && !continued && startsStatement(source.charAt(i))
                    && !continuesCompound(source, i)) {
                boolean decorator = source.charAt(i) == '@';
                // decorators and the definition they decorate are one statement
                if (!decorating) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    if (count > 0) {
                        ends[count - 1] = lastCode;
                    }
                    starts[count++] = i;
                }
                decorating = decorator;
            }
            continued = false;
            while (i < n) {
                char c = source.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i += 2;
                        continue;
                    }
                    if (c == '\n') {
                        if (!triple) {
                            // an unterminated one-line string ends with its line, as tokenizers end it
                            quote = 0;
                            lastCode = i;
                        }
                        i++;
                        break;
                    }
                    if (c == quote && (!triple || closesTriple(source, i, quote))) {
                        i += triple ? 3 : 1;
                        quote = 0;
                        lastCode = i;
                        continue;
                    }
                    i++;
                    continue;
                }
                if (c == '\n') {
                    i++;
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '#') {
                    lastCode = i + 1;
                }
                switch (c) {
                    case '#' -> {
                        int end = source.indexOf('\n', i);
                        i = end < 0 ? n : end;
                        continue;
                    }
                    case '"', '\'' -> {
                        triple = closesTriple(source, i, c);
                        quote = c;
                        i += triple ? 3 : 1;
                        continue;
                    }
                    case '(', '[', '{' -> depth++;
                    case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                    case '\\' -> {
                        if (lineBreakAt(source, i + 1)) {
                            continued = true;
                        }
                    }
                    default -> {
                    }
                }
                i++;
            }
        }
        if (count > 0) {
            ends[count - 1] = lastCode;
        }
        return new PythonStatements(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /**
     * {@code source} with the top-level functions {@code keep} declines cut out; null when none is
     * declined. A function is declined with the same question the tree walk asks of its node, over
     * the same span: from its first token to the end of its last (a string's closing quotes
     * included, comments after it not), so nothing the walk would keep is cut.
     */
    CutSource cut(String source, SyntaxParser.TopLevel keep) {
        StringBuilder text = null;
        int copied = 0;
        int[] cuts = new int[8];
        int[] removed = new int[8];
        int count = 0;
        int[] kept = new int[starts.length];
        int keptCount = 0;
        for (int s = 0; s < starts.length; s++) {
            int start = starts[s];
            String type = source.charAt(start) == '@' ? "decorated_definition"
                    : isFunction(source, start) ? "function_definition" : null;
            if (type == null || keep.copy(type, start, ends[s])) {
                kept[keptCount++] = start - (count == 0 ? 0 : removed[count - 1]);
                continue;
            }
            if (text == null) {
                text = new StringBuilder(source.length());
            }
            // what follows the last token goes too, up to the last line that is not blank or a
            // comment at column 0: a comment left alone, indented after blank lines, would be hung
            // by tree-sitter on the block of the statement above
            int lineEnd = source.indexOf('\n', ends[s]);
            int stop = Math.max(lineEnd < 0 ? source.length() : lineEnd,
                    lastCodeLineEnd(source, start, s + 1 < starts.length ? starts[s + 1] : source.length()));
            text.append(source, copied, start);
            copied = stop;
            if (count == cuts.length) {
                cuts = Arrays.copyOf(cuts, count * 2);
                removed = Arrays.copyOf(removed, count * 2);
            }
            cuts[count] = text.length();
            removed[count] = (count == 0 ? 0 : removed[count - 1]) + stop - start;
            count++;
        }
        if (text == null) {
            return null;
        }
        text.append(source, copied, source.length());
        return new CutSource(text.toString(), source.length(), Arrays.copyOf(cuts, count), Arrays.copyOf(removed, count),
                Arrays.copyOf(kept, keptCount));
    }

    private static boolean startsStatement(char c) {
        return c != ' ' && c != '\t' && c != '\f' && c != '\n' && c != '\r' && c != '#';
    }

    /** {@code else:}, {@code elif …}, {@code except …}, {@code finally:} at column 0 belong to the statement above. */
    private static boolean continuesCompound(String source, int at) {
        for (String clause : CLAUSES) {
            int end = at + clause.length();
            if (source.startsWith(clause, at) && end < source.length() && !Character.isJavaIdentifierPart(source.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the last line in {@code [start, limit)} that is neither blank nor a comment at
     * column 0 (those after a function's body may be the module's, not the function's), line
     * break excluded.
     */
    private static int lastCodeLineEnd(String source, int start, int limit) {
        int lineEnd = limit;
        while (lineEnd > start) {
            int lineStart = source.lastIndexOf('\n', lineEnd - 1) + 1;
            if (lineStart <= start) {
                return trimBreak(source, start, lineEnd);
            }
            if (!blankOrColumnZeroComment(source, lineStart, lineEnd)) {
                return trimBreak(source, lineStart, lineEnd);
            }
            lineEnd = lineStart - 1;
        }
        return start;
    }

    private static int trimBreak(String source, int lineStart, int lineEnd) {
        int end = lineEnd;
        while (end > lineStart && (source.charAt(end - 1) == '\n' || source.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private static boolean blankOrColumnZeroComment(String source, int lineStart, int lineEnd) {
        if (lineStart < lineEnd && source.charAt(lineStart) == '#') {
            return true;
        }
        for (int k = lineStart; k < lineEnd; k++) {
            char c = source.charAt(k);
            if (c != ' ' && c != '\t' && c != '\f' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean closesTriple(String source, int at, char quote) {
        return at + 2 < source.length() && source.charAt(at + 1) == quote && source.charAt(at + 2) == quote;
    }

    private static boolean lineBreakAt(String source, int at) {
        return at < source.length() && (source.charAt(at) == '\n'
                || source.charAt(at) == '\r' && at + 1 < source.length() && source.charAt(at + 1) == '\n');
    }

    private static boolean isFunction(String source, int at) {
        return keywordAt(source, at, "def") || keywordAt(source, at, "async") && keywordAt(source, skipSpaces(source, at + 5), "def");
    }

    private static boolean keywordAt(String source, int at, String keyword) {
        int end = at + keyword.length();
        return source.startsWith(keyword, at) && end < source.length()
                && (source.charAt(end) == ' ' || source.charAt(end) == '\t');
    }

    private static int skipSpaces(String source, int at) {
        while (at < source.length() && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }
}
