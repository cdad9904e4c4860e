package dev.rubric.collect.formats.supplychain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough TOML for dependency tables: the text of each {@code [table]} and the strings of one
 * array value. Manifests only need names and version strings, so no TOML library is pulled in.
 */
final class TomlTables {
    private TomlTables() {
    }

    /** Table name → its body; text before the first table is under "". Array tables are left in their parent's body. */
    static Map<String, String> split(String text, com.google.re2j.Pattern header) {
        Map<String, String> out = new LinkedHashMap<>();
        com.google.re2j.Matcher matcher = header.matcher(text);
        String name = "";
        int start = 0;
        while (matcher.find()) {
            out.merge(name, text.substring(start, matcher.start()), String::concat);
            name = matcher.group(1).strip().replace("\"", "");
            start = matcher.end();
        }
        out.merge(name, text.substring(start), String::concat);
        return out;
    }

    /** The strings of {@code key = [ ... ]} in a table body; brackets inside strings (extras) do not end it. */
    static List<String> array(String body, String key) {
        List<String> out = new ArrayList<>();
        // RE2/J: (?m)^\s* restarts at every line of a run of blank lines, quadratic in java.util.regex
        com.google.re2j.Matcher start = com.google.re2j.Pattern.compile("(?m)^\\s*\"?" + com.google.re2j.Pattern.quote(key.replace("\"", "")) + "\"?\\s*=\\s*\\[").matcher(body);
        if (!start.find()) {
            return out;
        }
        StringBuilder current = null;
        char quote = 0;
        for (int i = start.end(); i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    out.add(current.toString());
                    current = null;
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                current = new StringBuilder();
            } else if (c == '#') {
                int newline = body.indexOf('\n', i);
                i = newline < 0 ? body.length() : newline;
            } else if (c == ']') {
                break;
            }
        }
        return out;
    }
}
