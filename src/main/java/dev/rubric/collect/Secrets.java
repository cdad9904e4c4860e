package dev.rubric.collect;

import dev.rubric.collect.secrets.TextRedactor;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps secret values out of evidence. A value is treated as secret when the name it sits under
 * looks like a credential (key, token, secret, password, ...) or when the value itself has the
 * shape of one (vendor key prefixes, JWTs, PEM blocks, passwords in URLs, authorization tokens).
 * Only the fact that a secret was present survives. The scanners behind it are in
 * {@code collect/secrets}; {@link EvidenceSink} applies them once more to everything, so a carrier
 * that forgets to call this still cannot put a secret into the evidence.
 */
public final class Secrets {
    public static final String MARKER = TextRedactor.MARKER;

    private Secrets() {
    }

    public static boolean isSecretName(String name) {
        return TextRedactor.isSecretName(name);
    }

    public static boolean looksLikeCredential(String value) {
        return TextRedactor.looksLikeCredential(value);
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
        return TextRedactor.redact(text);
    }

    /** A message about the input (a parser error), which may quote it. */
    public static String scrubMessage(String message) {
        return TextRedactor.redactMessage(message);
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
            if (TextRedactor.isSecretFlag(flag)) {
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
