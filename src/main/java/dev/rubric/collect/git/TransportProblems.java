package dev.rubric.collect.git;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line for a clone that failed, from JGit's messages: an authentication failure, a missing
 * repository, or an unreachable host with the root cause. JGit's messages start with the URL, so
 * status codes are matched only as words of their own: a port such as ":40363" or a number in a
 * path is no HTTP 403.
 */
final class TransportProblems {
    static final String AUTHENTICATION_FAILED =
            "authentication failed (set GIT_TOKEN, GITHUB_TOKEN or GITLAB_TOKEN for https, or load an ssh key)";
    static final String NOT_FOUND = "not a git repository, or not found";
    private static final Pattern AUTH_STATUS = status("40[13]");
    private static final Pattern NOT_FOUND_STATUS = status("404");

    private TransportProblems() {
    }

    /** A transport failure: reached the host, or not. */
    static String of(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (isAuthentication(message)) {
            return AUTHENTICATION_FAILED;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("not found") || NOT_FOUND_STATUS.matcher(lower).find()
                || lower.contains("does not appear to be a git repository")) {
            return NOT_FOUND;
        }
        return "cannot reach it: " + RemoteUrls.redact(rootMessage(e));
    }

    /**
     * An "invalid remote": no repository there, or, over ssh, a refused key — the remote program
     * never started, and only ssh's own message, carried by the cause, tells the two apart.
     */
    static String ofInvalidRemote(Exception e) {
        return e.getCause() != null && isAuthentication(String.valueOf(e.getCause().getMessage()))
                ? AUTHENTICATION_FAILED : NOT_FOUND;
    }

    static boolean isAuthentication(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("not authorized") || lower.contains("authentication") || lower.contains("auth fail")
                || lower.contains("permission denied") || AUTH_STATUS.matcher(lower).find();
    }

    private static Pattern status(String code) {
        // a word of its own, as in "403 Forbidden": not a port (":403"), a longer number or part of a path
        return Pattern.compile("(?<!\\S)" + code + "(?!\\S)");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == e ? message : message + " (" + e.getMessage() + ")";
    }
}
