package dev.rubric.collect.formats.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Bicep or HCL (Terraform) source into tokens with their line and column. No grammar for
 * either language ships on Maven Central (tree-sitter's Java bindings have none), so the readers
 * here work on tokens: strings, comments and heredocs are recognised as a whole, which is what
 * keeps a {@code model} in a comment or inside a string from ever looking like a property.
 */
final class InfraLexer {
    enum Dialect { BICEP, HCL }

    enum Type { IDENT, STRING, NUMBER, OP, EOF }

    /**
     * One token. For strings, {@code text} is the value with escapes applied and
     * {@code interpolations} the source of each {@code ${…}} inside it (empty for a plain string).
     */
    record Token(Type type, String text, List<String> interpolations, int line, int column) {
        boolean is(String op) {
            return (type == Type.OP || type == Type.IDENT) && text.equals(op);
        }
    }

    /** A string or comment that never ends: the reader reports it with its position. */
    static final class LexException extends RuntimeException {
        final int line;
        final int column;

        LexException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private static final String[] OPERATORS = {"==", "!=", "<=", ">=", "&&", "||", "??", "=>", "?.", "...", "::"};

    private final String src;
    private final Dialect dialect;
    private int pos;
    private int line = 1;
    private int lineStart;

    private InfraLexer(String src, Dialect dialect) {
        this.src = src;
        this.dialect = dialect;
    }

    static List<Token> tokens(String src, Dialect dialect) {
        return new InfraLexer(src, dialect).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= src.length()) {
                out.add(new Token(Type.EOF, "", List.of(), line, pos - lineStart + 1));
                return out;
            }
            out.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                newline(pos);
                pos++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (src.startsWith("//", pos) || c == '#') {
                // HCL comments, and Bicep's #disable-next-line pragmas, which say nothing about values
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                int startLine = line;
                int startColumn = pos - lineStart + 1;
                int end = src.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new LexException("unterminated comment", startLine, startColumn);
                }
                advanceTo(end + 2);
            } else {
                return;
            }
        }
    }

    private Token next() {
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        char c = src.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                    || (dialect == Dialect.HCL && src.charAt(pos) == '-'))) {
                pos++;
            }
            return new Token(Type.IDENT, src.substring(start, pos), List.of(), startLine, startColumn);
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
                pos++;
            }
            return new Token(Type.NUMBER, src.substring(start, pos), List.of(), startLine, startColumn);
        }
        if (dialect == Dialect.BICEP && src.startsWith("'''", pos)) {
            int end = src.indexOf("'''", pos + 3);
            if (end < 0) {
                throw new LexException("unterminated multi-line string", startLine, startColumn);
            }
            String value = src.substring(pos + 3, end);
            advanceTo(end + 3);
            return new Token(Type.STRING, value, List.of(), startLine, startColumn);
        }
        if ((dialect == Dialect.BICEP && c == '\'') || (dialect == Dialect.HCL && c == '"')) {
            return quoted(c, startLine, startColumn);
        }
        if (dialect == Dialect.HCL && src.startsWith("<<", pos)) {
            return heredoc(startLine, startColumn);
        }
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Type.OP, op, List.of(), startLine, startColumn);
            }
        }
        pos++;
        return new Token(Type.OP, String.valueOf(c), List.of(), startLine, startColumn);
    }

    private Token quoted(char quote, int startLine, int startColumn) {
        StringBuilder value = new StringBuilder();
        List<String> interpolations = new ArrayList<>();
        pos++;
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n' && dialect == Dialect.BICEP) {
                throw new LexException("unterminated string", startLine, startColumn);
            }
            char c = src.charAt(pos);
            if (c == quote) {
                pos++;
                return new Token(Type.STRING, value.toString(), List.copyOf(interpolations), startLine, startColumn);
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char escaped = src.charAt(pos + 1);
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> escaped;
                });
                pos += 2;
            } else if (c == '$' && src.startsWith("${", pos)) {
                int end = interpolationEnd(pos + 2, startLine, startColumn);
                String inner = src.substring(pos + 2, end);
                interpolations.add(inner);
                value.append("${").append(inner).append('}');
                advanceTo(end + 1);
            } else {
                if (c == '\n') {
                    newline(pos);
                }
                value.append(c);
                pos++;
            }
        }
    }

    /** The index of the brace closing an interpolation, minding nested braces and strings. */
    private int interpolationEnd(int from, int startLine, int startColumn) {
        int depth = 0;
        char inString = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (inString != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == inString) {
                    inString = 0;
                }
            } else if (c == '\'' || c == '"') {
                inString = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new LexException("unterminated interpolation", startLine, startColumn);
    }

    private Token heredoc(int startLine, int startColumn) {
        int p = pos + 2;
        if (p < src.length() && src.charAt(p) == '-') {
            p++;
        }
        int start = p;
        while (p < src.length() && (Character.isLetterOrDigit(src.charAt(p)) || src.charAt(p) == '_')) {
            p++;
        }
        String marker = src.substring(start, p);
        if (marker.isEmpty()) {
            pos += 2;
            return new Token(Type.OP, "<<", List.of(), startLine, startColumn);
        }
        int bodyStart = src.indexOf('\n', p);
        if (bodyStart < 0) {
            throw new LexException("unterminated heredoc " + marker, startLine, startColumn);
        }
        int cursor = bodyStart + 1;
        while (cursor <= src.length()) {
            int lineEnd = src.indexOf('\n', cursor);
            String text = src.substring(cursor, lineEnd < 0 ? src.length() : lineEnd);
            if (text.strip().equals(marker)) {
                String value = src.substring(bodyStart + 1, cursor);
                advanceTo(lineEnd < 0 ? src.length() : lineEnd);
                return new Token(Type.STRING, value, List.of(), startLine, startColumn);
            }
            if (lineEnd < 0) {
                break;
            }
            cursor = lineEnd + 1;
        }
        throw new LexException("unterminated heredoc " + marker, startLine, startColumn);
    }

    private void advanceTo(int end) {
        for (int i = pos; i < end; i++) {
            if (src.charAt(i) == '\n') {
                newline(i);
            }
        }
        pos = end;
    }

    private void newline(int at) {
        line++;
        lineStart = at + 1;
    }
}
