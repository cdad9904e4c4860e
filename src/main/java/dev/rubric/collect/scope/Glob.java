package dev.rubric.collect.scope;

import java.util.regex.Pattern;

/**
 * A path pattern of --include / --exclude and .rubric.yaml, matched against a file's path relative
 * to the target: {@code *} within one folder name, {@code **} across folders, {@code ?} one
 * character. A pattern without a slash matches at any depth ({@code *.spec.py}); one with a slash
 * from the root ({@code services/legacy/**}). A pattern that matches a folder matches everything
 * below it ({@code examples} and {@code examples/} mean {@code examples/**}).
 */
public record Glob(String text, Pattern pattern) {

    public static Glob of(String text) {
        String body = text.startsWith("./") ? text.substring(2) : text;
        boolean anchored = body.startsWith("/") || body.substring(0, Math.max(0, body.length() - 1)).contains("/");
        body = body.replaceAll("^/+", "").replaceAll("/+$", "");
        StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
                boolean folder = i + 2 < body.length() && body.charAt(i + 2) == '/';
                regex.append(folder ? "(?:.*/)?" : ".*");
                i += folder ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        regex.append("(?:/.*)?");
        return new Glob(text, Pattern.compile(regex.toString()));
    }

    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
