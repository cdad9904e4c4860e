package dev.rubric.collect.read.code;

import dev.rubric.collect.read.syntax.StringEscapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source file split into what regexes may look at and the string literals it holds. In the
 * {@link #masked()} copy comments are blanked and literal contents replaced by 'x', so a paren or
 * quote inside a string never derails a search; short word-like literals ({@code "role"},
 * {@code "system"}) stay readable because patterns match on them, and they cannot hold
 * delimiters. Offsets are the same in both texts. This is a tokenizer, not a parser: it needs
 * only to know where strings and comments start and end.
 */
public final class CodeText {
    /** One literal: {@code start} is the opening delimiter (prefix included), {@code end} just after the closing one. */
    public record Literal(int start, int end, String value, boolean formatted, boolean template) {
    }

    private static final int KEEP_WORD_LITERALS = 40;

    private final String text;
    /** The text's characters, read in the hot loops instead of charAt (see Needles). */
    private final char[] chars;
    private final char[] masked;
    private final TreeMap<Integer, Literal> literals = new TreeMap<>();
    /** Comment ranges, [from, to). */
    private final List<int[]> comments = new ArrayList<>();

    private CodeText(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        this.masked = chars.clone();
    }

    /** @param chars the characters of {@code text}; never modified */
    public static CodeText read(String text, char[] chars, CodeLanguage language) {
        CodeText code = new CodeText(text, chars);
        code.tokenize(language);
        return code;
    }

    public String masked() {
        return new String(masked);
    }

    String text() {
        return text;
    }

    /** The literal whose opening delimiter (or prefix) starts at {@code offset}, if any. */
    public Literal literalAt(int offset) {
        return literals.get(offset);
    }

    public Map<Integer, Literal> literals() {
        return literals;
    }

    private void tokenize(CodeLanguage language) {
        int i = 0;
        int n = chars.length;
        while (i < n) {
            char c = chars[i];
            if (language.hashComments() && c == '#') {
                i = comment(i, lineEnd(i));
            } else if (language.slashComments() && c == '/' && i + 1 < n && chars[i + 1] == '/') {
                i = comment(i, lineEnd(i));
            } else if (language.slashComments() && c == '/' && i + 1 < n && chars[i + 1] == '*') {
                int close = text.indexOf("*/", i + 2);
                i = comment(i, close < 0 ? n : close + 2);
            } else if (c == '"' || (c == '\'' && language.singleQuoteStrings()) || (c == '`' && language.backtickStrings())) {
                i = literal(language, i);
            } else if (c == '\'') {
                i = charLiteral(i);
            } else {
                i++;
            }
        }
    }

    private int lineEnd(int from) {
        int end = from;
        while (end < chars.length && chars[end] != '\n') {
            end++;
        }
        return end;
    }

    private int comment(int from, int to) {
        comments.add(new int[] {from, to});
        blank(masked, from, to);
        return to;
    }

    private static void blank(char[] target, int from, int to) {
        for (int k = from; k < to; k++) {
            if (target[k] != '\n') {
                target[k] = ' ';
            }
        }
    }

    /**
     * The text with its comments blanked and the contents of strings that stand as statements of
     * their own (docstrings) blanked too, every other string kept as written; same offsets. For
     * parsers that read values from calls: a call in a comment or a docstring's example never runs.
     */
    String withoutCommentsOrDocstrings() {
        char[] out = chars.clone();
        for (int[] range : comments) {
            blank(out, range[0], range[1]);
        }
        for (Literal literal : literals.values()) {
            int quote = literal.start();
            while (quote < literal.end() && chars[quote] != '"' && chars[quote] != '\'' && chars[quote] != '`') {
                quote++;
            }
            boolean triple = quote + 2 < literal.end() && chars[quote + 1] == chars[quote] && chars[quote + 2] == chars[quote];
            if (triple && standsAlone(literal)) {
                blank(out, quote + 3, Math.max(quote + 3, literal.end() - 3));
            }
        }
        return new String(out);
    }

    /** Nothing but indentation before the literal on its line, and nothing but spaces or a comment after it. */
    private boolean standsAlone(Literal literal) {
        for (int k = literal.start() - 1; k >= 0 && chars[k] != '\n'; k--) {
            if (chars[k] != ' ' && chars[k] != '\t') {
                return false;
            }
        }
        for (int k = literal.end(); k < chars.length && chars[k] != '\n' && chars[k] != '\r'; k++) {
            if (chars[k] == '#') {
                return true;
            }
            if (chars[k] != ' ' && chars[k] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Character literals ('a', '\n') of Java, Kotlin, Go and C#; a lone quote is skipped. */
    private int charLiteral(int i) {
        int close = i + 1 < text.length() && text.charAt(i + 1) == '\\' ? text.indexOf('\'', i + 3) : text.indexOf('\'', i + 1);
        if (close < 0 || close - i > 12) {
            return i + 1;
        }
        return close + 1;
    }

    private int literal(CodeLanguage language, int open) {
        int prefixStart = open;
        boolean raw = false;
        boolean formatted = false;
        boolean verbatim = false;
        // prefixes written right before the quote: Python r/b/u/f, C# @ and $
        while (prefixStart > 0) {
            char p = text.charAt(prefixStart - 1);
            boolean pythonPrefix = language == CodeLanguage.PYTHON && "rRbBuUfF".indexOf(p) >= 0;
            boolean csharpPrefix = language == CodeLanguage.CSHARP && (p == '@' || p == '$');
            if (!pythonPrefix && !csharpPrefix || open - prefixStart >= 3) {
                break;
            }
            prefixStart--;
        }
        if (prefixStart < open && prefixStart > 0 && Character.isLetterOrDigit(text.charAt(prefixStart - 1))
                && language == CodeLanguage.PYTHON) {
            prefixStart = open;
        }
        String prefix = text.substring(prefixStart, open).toLowerCase();
        raw = prefix.contains("r");
        formatted = prefix.contains("f") || prefix.contains("$");
        verbatim = prefix.contains("@");
        char quote = text.charAt(open);
        boolean triple = language.tripleQuotes() && threeQuotesAt(open, quote);
        boolean backtick = quote == '`';
        int contentStart = open + (triple ? 3 : 1);
        int i = contentStart;
        int n = text.length();
        int contentEnd = n;
        int end = n;
        while (i < n) {
            char c = chars[i];
            if (triple) {
                if (c == '\\' && language == CodeLanguage.PYTHON) {
                    i += 2;
                    continue;
                }
                if (threeQuotesAt(i, quote)) {
                    int closeRun = i;
                    // a run of more quotes ends with the last three (C# raw strings may use more)
                    while (closeRun + 3 < n && chars[closeRun + 3] == quote) {
                        closeRun++;
                    }
                    contentEnd = closeRun;
                    end = closeRun + 3;
                    break;
                }
                i++;
                continue;
            }
            if (verbatim && c == '"') {
                if (i + 1 < n && chars[i + 1] == '"') {
                    i += 2;
                    continue;
                }
                contentEnd = i;
                end = i + 1;
                break;
            }
            if (c == '\\' && !(backtick && language == CodeLanguage.GO) && !verbatim) {
                i += 2;
                continue;
            }
            if (c == quote) {
                contentEnd = i;
                end = i + 1;
                break;
            }
            if (c == '\n' && !backtick) {
                // an unterminated string ends at the line, as compilers report it
                contentEnd = i;
                end = i;
                break;
            }
            i++;
        }
        contentEnd = Math.min(contentEnd, n);
        String content = text.substring(contentStart, contentEnd);
        // Kotlin and C# triple-quoted strings are raw; Go backtick strings too
        boolean rawTriple = triple && (language == CodeLanguage.KOTLIN || language == CodeLanguage.CSHARP);
        String value = raw || verbatim || rawTriple || (backtick && language == CodeLanguage.GO) ? content
                : StringEscapes.unescape(content);
        if (triple && language == CodeLanguage.JAVA) {
            // a text block starts after its line break and loses its incidental indentation, as javac does
            value = (value.startsWith("\n") ? value.substring(1) : value).stripIndent();
        } else if (triple && language == CodeLanguage.CSHARP && value.startsWith("\n")) {
            value = value.substring(1);
        }
        boolean wordLike = value.length() <= KEEP_WORD_LITERALS && isWord(value);
        if (!wordLike) {
            for (int k = contentStart; k < contentEnd; k++) {
                if (masked[k] != '\n') {
                    masked[k] = 'x';
                }
            }
        }
        literals.put(prefixStart, new Literal(prefixStart, end, value, formatted, backtick && value.contains("${")));
        return Math.max(end, open + 1);
    }

    private boolean threeQuotesAt(int at, char quote) {
        return at + 2 < chars.length && chars[at] == quote && chars[at + 1] == quote && chars[at + 2] == quote;
    }

    /** An identifier-like word, dots and dashes allowed: {@code [A-Za-z_][A-Za-z0-9_.-]*}. */
    private static boolean isWord(String value) {
        if (value.isEmpty() || !isAsciiLetter(value.charAt(0)) && value.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
