package dev.rubric.collect.formats.rag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Python's surface syntax to read literal call arguments: balanced brackets,
 * string literals, keyword arguments, module-level constants and environment look-ups. The code
 * is never executed; anything that is not a literal or a simple constant is left unknown.
 */
final class PySource {
    /** One call site: the callee as matched and its argument text between the parentheses. */
    record Call(String name, int offset, String args) {
        Map<String, String> keywords() {
            Map<String, String> out = new LinkedHashMap<>();
            for (String part : topLevel(args)) {
                Matcher kw = KEYWORD.matcher(part);
                if (kw.matches()) {
                    out.putIfAbsent(kw.group(1), kw.group(2).strip());
                }
            }
            return out;
        }

        List<String> positionals() {
            List<String> out = new ArrayList<>();
            for (String part : topLevel(args)) {
                if (!KEYWORD.matcher(part).matches() && !part.isBlank() && !part.strip().startsWith("*")) {
                    out.add(part.strip());
                }
            }
            return out;
        }

        /** A keyword argument, or else the positional argument at {@code index} (-1 for none). */
        String argument(String keyword, int index) {
            String value = keywords().get(keyword);
            if (value == null && index >= 0) {
                List<String> positional = positionals();
                value = index < positional.size() ? positional.get(index) : null;
            }
            return value;
        }
    }

    private static final Pattern KEYWORD = Pattern.compile("(?s)\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)(.*)");
    private static final Pattern STRING = Pattern.compile("(?s)[rRbBuU]?(\"\"\"|'''|\"|')(.*?)\\1");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d[\\d_]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern ENV_LOOKUP = Pattern.compile(
            "(?s)os\\.(?:getenv|environ\\.get)\\(\\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']\\s*(?:,\\s*(.*))?\\)|os\\.environ\\[\\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']\\s*]");
    private static final Pattern CONSTANT = Pattern.compile(
            "(?m)^([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*[A-Za-z_][\\w\\[\\], ]*)?=(?!=)[ \\t]*([^\\n#]+)");

    private final String text;
    private final Map<String, String> constants = new HashMap<>();

    PySource(String text) {
        this.text = text;
        Matcher constant = CONSTANT.matcher(text);
        while (constant.find()) {
            constants.putIfAbsent(constant.group(1), constant.group(2).strip());
        }
    }

    String text() {
        return text;
    }

    /** Every call whose callee matches {@code callee} (a pattern for the text right before '('). */
    List<Call> calls(Anchored callee) {
        if (!callee.mayMatch(text)) {
            return List.of();
        }
        List<Call> out = new ArrayList<>();
        callee.forEachMatch(text, matcher -> {
            int open = text.indexOf('(', matcher.end() - 1);
            if (open < 0 || open > matcher.end() + 1) {
                return;
            }
            int close = closing(text, open);
            if (close > open) {
                out.add(new Call(matcher.group(), matcher.start(), withoutComments(text.substring(open + 1, close))));
            }
        });
        return out;
    }

    /**
     * A literal string (or a constant holding one). An environment look-up is its default when it
     * has one, since that is what runs wherever the variable is unset (as for inline model
     * arguments), and otherwise {@code ${VAR}}.
     */
    String string(String expression) {
        if (expression == null) {
            return null;
        }
        String expr = expression.strip();
        Matcher env = ENV_LOOKUP.matcher(expr);
        if (env.matches()) {
            String fallback = env.group(2) == null ? null : string(env.group(2));
            return fallback != null && !fallback.isBlank() ? fallback
                    : "${" + (env.group(1) != null ? env.group(1) : env.group(3)) + "}";
        }
        Matcher string = STRING.matcher(expr);
        if (string.matches()) {
            return string.group(2);
        }
        if (NAME.matcher(expr).matches() && !expr.contains(".")) {
            String value = constants.get(expr);
            return value == null || value.equals(expr) ? null : string(value);
        }
        return null;
    }

    /** The plain variable name an argument is, when it is one (not a literal, call or attribute); else null. */
    static String variable(String expression) {
        if (expression == null) {
            return null;
        }
        String expr = expression.strip();
        return NAME.matcher(expr).matches() && !expr.contains(".") ? expr : null;
    }

    /** A literal integer (or a constant holding one). */
    Long integer(String expression) {
        if (expression == null) {
            return null;
        }
        String expr = expression.strip();
        if (INTEGER.matcher(expr).matches()) {
            try {
                return Long.parseLong(expr.replace("_", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (NAME.matcher(expr).matches() && !expr.contains(".")) {
            String value = constants.get(expr);
            return value == null || value.equals(expr) ? null : integer(value);
        }
        return null;
    }

    /** {@code Distance.COSINE} → COSINE; a string literal → its text. */
    String symbol(String expression) {
        String literal = string(expression);
        if (literal != null || expression == null) {
            return literal;
        }
        String expr = expression.strip();
        if (NAME.matcher(expr).matches()) {
            return expr.substring(expr.lastIndexOf('.') + 1);
        }
        return null;
    }

    /** The index of the bracket closing the one at {@code open}, skipping strings; -1 when unbalanced. */
    static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(text, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '#') {
                int newline = text.indexOf('\n', i);
                i = newline < 0 ? text.length() : newline;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The start of the innermost {@code {...}} block around {@code offset}, or -1. */
    static int enclosingBrace(String text, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '}') {
                depth++;
            } else if (c == '{') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static int endOfString(String text, int start) {
        char quote = text.charAt(start);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), start);
        String end = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        for (int i = start + end.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (!triple && c == '\n') {
                return i;
            } else if (text.startsWith(end, i)) {
                return i + end.length() - 1;
            }
        }
        return -1;
    }

    /** The text with {@code # ...} comments outside strings blanked, so arguments read cleanly. */
    static String withoutComments(String args) {
        if (args.indexOf('#') < 0) {
            return args;
        }
        StringBuilder out = new StringBuilder(args);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfString(args, i);
                i = end < 0 ? out.length() : end;
            } else if (c == '#') {
                for (; i < out.length() && out.charAt(i) != '\n'; i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** Arguments split at commas that are not nested in brackets or strings. */
    static List<String> topLevel(String args) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfString(args, i);
                i = end < 0 ? args.length() : end;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(args.substring(start, i));
                start = i + 1;
            }
        }
        if (start < args.length()) {
            parts.add(args.substring(start));
        }
        parts.removeIf(p -> p.isBlank());
        return parts;
    }
}
