package dev.rubric.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secret values out of evidence. A value is treated as secret when the name it sits under
 * looks like a credential (key, token, secret, password, ...) or when the value itself has the
 * shape of one (vendor key prefixes, JWTs, PEM blocks, passwords in URLs). Only the fact that a
 * secret was present survives.
 */
public final class Secrets {
    public static final String MARKER = "<redacted>";

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(^|[_\\-.])(api[_\\-.]?key|apikey|secret|secret[_\\-.]?key|token|access[_\\-.]?token|auth[_\\-.]?token"
                    + "|passw(or)?d|pwd|credentials?|private[_\\-.]?key|master[_\\-.]?key|access[_\\-.]?key"
                    + "|client[_\\-.]?secret|session[_\\-.]?key|connection[_\\-.]?string|bearer|authorization)([_\\-.]|$)");

    private static final Pattern CREDENTIAL_VALUE = Pattern.compile(
            "(sk-[A-Za-z0-9_\\-]{16,}|sk_(live|test)_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"
                    + "|xox[abprs]-[A-Za-z0-9\\-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_\\-]{35}|hf_[A-Za-z0-9]{30,}"
                    + "|glpat-[A-Za-z0-9_\\-]{20,}|eyJ[A-Za-z0-9_\\-]{10,}\\.eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]*"
                    + "|-----BEGIN [A-Z ]*PRIVATE KEY-----)");

    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+:)([^@/\\s]+)(@)");

    /** A flag that carries a secret: --api-key X, --token=X (not --tokenizer); -p X is too ambiguous to include. */
    private static final Pattern SECRET_FLAG = Pattern.compile(
            "(?i)--?[\\w.\\-]*(api[_\\-]?key|token(?!izer)|secret|password|passwd|credential)[\\w.\\-]*");

    private static final Pattern SECRET_FLAG_IN_TEXT = Pattern.compile(
            "(?i)(--?[\\w.\\-]*(?:api[_\\-]?key|token(?!izer)|secret|password|passwd|credential)[\\w.\\-]*)([= ]+)(\"[^\"]*\"|'[^']*'|\\S+)");

    private Secrets() {
    }

    public static boolean isSecretName(String name) {
        return name != null && SECRET_NAME.matcher(name).find();
    }

    public static boolean looksLikeCredential(String value) {
        return value != null && (CREDENTIAL_VALUE.matcher(value).find() || URL_PASSWORD.matcher(value).find());
    }

    /** The value to keep under {@code name}, or null when it must not be kept. */
    public static String keepOrNull(String name, String value) {
        if (value == null || isSecretName(name) || looksLikeCredential(value)) {
            return null;
        }
        return value;
    }

    /** Free text (a shell command, an annotation) with every secret-looking piece replaced. */
    public static String scrubText(String text) {
        if (text == null) {
            return null;
        }
        String out = CREDENTIAL_VALUE.matcher(text).replaceAll(MARKER);
        out = URL_PASSWORD.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MARKER) + "$3");
        Matcher flags = SECRET_FLAG_IN_TEXT.matcher(out);
        StringBuilder scrubbed = new StringBuilder();
        while (flags.find()) {
            flags.appendReplacement(scrubbed, Matcher.quoteReplacement(flags.group(1) + flags.group(2) + MARKER));
        }
        flags.appendTail(scrubbed);
        return scrubbed.toString();
    }

    /** Command-line tokens with the value after a secret flag, and secret-looking tokens, replaced. */
    public static List<String> scrubArgs(List<String> args) {
        List<String> out = new ArrayList<>(args.size());
        boolean nextIsSecret = false;
        for (String arg : args) {
            if (nextIsSecret) {
                out.add(MARKER);
                nextIsSecret = false;
                continue;
            }
            int equals = arg.indexOf('=');
            String flag = equals > 0 ? arg.substring(0, equals) : arg;
            if (arg.startsWith("-") && SECRET_FLAG.matcher(flag).matches()) {
                if (equals > 0) {
                    out.add(flag + "=" + MARKER);
                } else {
                    out.add(arg);
                    nextIsSecret = true;
                }
                continue;
            }
            out.add(scrubText(arg));
        }
        return out;
    }
}
