package dev.rubric.collect.formats.rag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads keys of a dict or JSON literal written in code without parsing the code: the first
 * {@code "key": "value"} or {@code "key": 123} in the text. Good enough for schema literals,
 * whose keys are fixed by the store's API.
 */
final class DictText {
    private DictText() {
    }

    static String string(String block, String key) {
        Matcher m = Pattern.compile("[\"']" + Pattern.quote(key) + "[\"']\\s*:\\s*[\"']([^\"']*)[\"']").matcher(block);
        return m.find() ? m.group(1) : null;
    }

    static Long number(String block, String key) {
        Matcher m = Pattern.compile("[\"']" + Pattern.quote(key) + "[\"']\\s*:\\s*(\\d+)").matcher(block);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The text of the {@code {...}} value under {@code key}, or null. */
    static String block(String text, String key) {
        Matcher m = Pattern.compile("[\"']" + Pattern.quote(key) + "[\"']\\s*:\\s*\\{").matcher(text);
        if (!m.find()) {
            return null;
        }
        int open = m.end() - 1;
        int close = PySource.closing(text, open);
        return close > open ? text.substring(open, close + 1) : null;
    }
}
