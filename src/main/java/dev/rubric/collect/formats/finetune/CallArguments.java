package dev.rubric.collect.formats.finetune;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of one call in Python, TypeScript or JavaScript source, read as text: keyword
 * arguments ({@code model="x"}) or one object literal ({@code {model: "x"}}). Values are kept
 * as written; only string and number literals are ever interpreted. Nothing is evaluated.
 */
final class CallArguments {
    /** Calls longer than this are not job definitions worth reading. */
    private static final int MAX_CALL = 20_000;
    private static final Pattern KEY = Pattern.compile("^(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z_$][\\w$]*))\\s*$");
    private static final Pattern STRING = Pattern.compile("^(?:[rRbBuU]{0,2})(\"|'|`)(.*)\\1$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$");

    private CallArguments() {
    }

    /** Index of the ')' closing the '(' at {@code open}, or -1. */
    static int closingParen(String text, int open) {
        int depth = 0;
        int end = Math.min(text.length(), open + MAX_CALL);
        for (int i = open; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = endOfString(text, i, end);
            } else if (c == '#' || (c == '/' && i + 1 < end && text.charAt(i + 1) == '/')) {
                i = lineEnd(text, i, end);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return c == ')' ? i : -1;
                }
            }
        }
        return -1;
    }

    /** Keyword arguments by name, with raw value text; an object-literal argument is opened. */
    static Map<String, String> keywords(String arguments) {
        List<String> items = split(arguments);
        if (items.size() == 1 && items.get(0).startsWith("{") && items.get(0).endsWith("}")) {
            return pairs(items.get(0).substring(1, items.get(0).length() - 1), ':');
        }
        return pairs(arguments, '=');
    }

    /** Entries of a dict or object literal ({@code {"n_epochs": 3}} or {@code dict(n_epochs=3)}). */
    static Map<String, String> entries(String raw) {
        String value = raw.strip();
        if (value.startsWith("{") && value.endsWith("}")) {
            return pairs(value.substring(1, value.length() - 1), ':');
        }
        if (value.startsWith("dict(") && value.endsWith(")")) {
            return pairs(value.substring(5, value.length() - 1), '=');
        }
        return Map.of();
    }

    /** The content of a plain string literal (no interpolation), or null. */
    static String string(String raw) {
        Matcher m = STRING.matcher(raw.strip());
        if (!m.matches()) {
            return null;
        }
        String content = m.group(2);
        boolean interpolated = m.group(1).equals("`") && content.contains("${");
        return interpolated || content.contains(m.group(1)) ? null : content;
    }

    /** A number literal as Long or Double, or null. */
    static Object number(String raw) {
        String value = raw.strip();
        if (!NUMBER.matcher(value).matches()) {
            return null;
        }
        if (value.contains(".") || value.contains("e") || value.contains("E")) {
            return Double.parseDouble(value);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String> pairs(String text, char separator) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : split(text)) {
            int at = separatorIndex(item, separator);
            if (at <= 0) {
                continue;
            }
            Matcher key = KEY.matcher(item.substring(0, at));
            if (key.matches()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2) != null ? key.group(2) : key.group(3);
                out.putIfAbsent(name, item.substring(at + 1).strip());
            }
        }
        return out;
    }

    /** The first separator outside strings; '=' must not be part of '==' or a comparison. */
    private static int separatorIndex(String item, char separator) {
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = endOfString(item, i, item.length());
            } else if (c == separator) {
                boolean comparison = separator == '=' && i + 1 < item.length() && item.charAt(i + 1) == '=';
                return comparison ? -1 : i;
            } else if (c == '(' || c == '[' || c == '{') {
                return -1;
            }
        }
        return -1;
    }

    /** Top-level comma-separated items, strings and brackets respected, comments dropped. */
    private static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = endOfString(text, i, text.length());
                current.append(text, i, Math.min(end + 1, text.length()));
                i = end;
                continue;
            }
            if (c == '#' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                i = lineEnd(text, i, text.length()) - 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                add(items, current);
                continue;
            }
            current.append(c);
        }
        add(items, current);
        return items;
    }

    private static void add(List<String> items, StringBuilder current) {
        String item = current.toString().strip();
        if (!item.isEmpty()) {
            items.add(item);
        }
        current.setLength(0);
    }

    /** Index of the quote closing the string opened at {@code start} (backslash escapes honoured). */
    private static int endOfString(String text, int start, int end) {
        char quote = text.charAt(start);
        boolean triple = quote != '`' && start + 2 < end && text.charAt(start + 1) == quote && text.charAt(start + 2) == quote;
        int i = start + (triple ? 3 : 1);
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote && (!triple || (i + 2 < end && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote))) {
                return triple ? i + 2 : i;
            }
            if (c == '\n' && !triple && quote != '`') {
                return i;
            }
            i++;
        }
        return end - 1;
    }

    private static int lineEnd(String text, int start, int end) {
        int newline = text.indexOf('\n', start);
        return newline < 0 || newline >= end ? end : newline;
    }
}
