package dev.rubric.collect.secrets;

import java.util.HashMap;
import java.util.Map;

/**
 * Free text with every secret-looking piece replaced by {@link #MARKER}. Each kind of secret has
 * its own scanner; every scanner reads its text a bounded number of times, so the whole stays
 * linear in the text, whatever the text holds. Applying it to its own output changes nothing,
 * which lets a carrier redact what it knows better and the evidence sink redact everything again.
 */
public final class TextRedactor {
    public static final String MARKER = "<redacted>";
    /** What every scanner but those of bare tokens needs: a PEM dash, a URL colon, a pair's '=' … */
    private static final String SEPARATORS = "-:=?&";
    /** The shortest bare token a scanner redacts without a separator (a vendor key, "Bearer" and eight characters). */
    private static final int SHORTEST_TOKEN = 14;

    private TextRedactor() {
    }

    public static String redact(String text) {
        if (text == null || !mayHoldSecret(text)) {
            return text;
        }
        if (text.length() > REMEMBERED_LENGTH) {
            return scan(text);
        }
        Map<String, String> recent = RECENT.get();
        String known = recent.get(text);
        if (known != null) {
            // the caller's own instance when nothing changed: callers test "redacted != text"
            return known == UNCHANGED ? text : known;
        }
        String out = scan(text);
        if (recent.size() >= REMEMBERED) {
            recent.clear();
        }
        recent.put(text, out == text ? UNCHANGED : out);
        return out;
    }

    /**
     * Redacted texts recently seen by this thread. The same strings come back again and again (the
     * images, labels and arguments of every pod of a ReplicaSet; a value a carrier redacted and the
     * evidence sink redacts again), and looking one up costs a fraction of running every scanner
     * over it. Per thread, so collectors that run in parallel never wait for each other; bounded,
     * and only for short texts, so it never holds much.
     */
    private static final ThreadLocal<Map<String, String>> RECENT = ThreadLocal.withInitial(HashMap::new);
    private static final int REMEMBERED = 4096;
    private static final int REMEMBERED_LENGTH = 512;
    /** Stands for "the text itself" in {@link #RECENT}: a distinct instance, never equal by identity to a caller's. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String UNCHANGED = new String("");

    private static String scan(String text) {
        // PEM first: its body would otherwise be cut into pieces by the token scanners
        String out = PemBlocks.redact(text);
        out = VendorTokens.redact(out);
        out = UrlCredentials.redact(out);
        out = SecretFlags.redact(out);
        out = QueryCredentials.redact(out);
        out = AuthorizationTokens.redact(out);
        return SecretPairs.redact(out);
    }

    /**
     * Most strings of the evidence are short words (kinds, formats, statuses); the scanners need
     * a separator, or a length only a key or token reaches, to find anything.
     */
    private static boolean mayHoldSecret(String text) {
        if (text.length() >= SHORTEST_TOKEN) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A message about the input, which may quote it in ways free text does not. */
    public static String redactMessage(String message) {
        return message == null ? null : redact(EchoedInput.redact(message));
    }

    /** Whether a value as a whole has the shape of a credential (not merely names one, as a pair does). */
    public static boolean looksLikeCredential(String value) {
        return value != null && (PemBlocks.redact(value) != value || VendorTokens.present(value)
                || UrlCredentials.present(value) || AuthorizationTokens.present(value));
    }

    public static boolean isSecretName(String name) {
        return SecretNames.isSecretName(name);
    }

    public static boolean isSecretFlag(String flag) {
        return SecretFlags.isSecretFlag(flag);
    }
}
