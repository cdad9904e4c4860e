package dev.rubric.collect.git;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remote repository addresses: which arguments are URLs rather than paths, and how to write them
 * anywhere (evidence, reports, messages) without the credentials they may carry.
 */
public final class RemoteUrls {
    /** {@code scheme://[userinfo@]host...}; the user info ends at the last '@' before the path. */
    private static final Pattern SCHEME_URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*@)?(.*)$", Pattern.DOTALL);
    /** scp-like {@code user@host:path}, as git accepts it (no scheme, a ':' before any '/'). */
    private static final Pattern SCP_LIKE = Pattern.compile("^([^@/:\\s]+)@([\\w.-]+):(?!//)(.*)$");
    /** URLs inside free text such as a JGit exception message. */
    private static final Pattern USERINFO_IN_TEXT = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/\\s@?#]*@");
    private static final java.util.Set<String> SCHEMES = java.util.Set.of("https", "http", "ssh", "git", "file", "git+ssh", "ssh+git");

    private RemoteUrls() {
    }

    /** True when the argument names a remote repository rather than a local path. */
    public static boolean isUrl(String argument) {
        return argument.contains("://") || SCP_LIKE.matcher(argument).matches();
    }

    /**
     * Why the URL cannot be cloned (an unsupported scheme, no host, no path), or empty when it can.
     * Only the form is checked; whether it answers is found out by cloning.
     */
    public static Optional<String> problem(String url) {
        Matcher scp = SCP_LIKE.matcher(url);
        if (scp.matches()) {
            return scp.group(3).isBlank() ? Optional.of("no repository path after ':'") : Optional.empty();
        }
        Matcher m = SCHEME_URL.matcher(url);
        if (!m.matches()) {
            return Optional.of("not a URL");
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            return Optional.of("unsupported scheme '" + scheme + "' (use https://, ssh://, git@host:path or file://)");
        }
        String rest = m.group(3);
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        if (!scheme.equals("file") && host.isBlank()) {
            return Optional.of("no host");
        }
        if (path.isBlank() || path.equals("/")) {
            return Optional.of("no repository path");
        }
        if (rest.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("contains white space");
        }
        return Optional.empty();
    }

    /** The URL without user name, password or token: what may be written anywhere. */
    public static String strip(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = SCHEME_URL.matcher(url);
        if (m.matches()) {
            return m.group(1) + "://" + m.group(3);
        }
        Matcher scp = SCP_LIKE.matcher(url);
        if (scp.matches()) {
            // "git@" is the account every host uses for ssh, not a credential; anything else is dropped
            return (scp.group(1).equals("git") ? "git@" : "") + scp.group(2) + ":" + scp.group(3);
        }
        return url;
    }

    /** Free text (an exception message) with the user info of every URL in it removed. */
    public static String redact(String text) {
        return text == null ? null : USERINFO_IN_TEXT.matcher(text).replaceAll("$1");
    }

    /** A short name for a target id: the last path segment without ".git". */
    public static String repositoryName(String url) {
        String stripped = strip(url);
        int query = stripped.indexOf('?');
        String path = query < 0 ? stripped : stripped.substring(0, query);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
        if (last.endsWith(".git")) {
            last = last.substring(0, last.length() - 4);
        }
        return last.isBlank() ? "repository" : last;
    }
}
