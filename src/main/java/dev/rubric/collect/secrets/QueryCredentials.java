package dev.rubric.collect.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * Credentials passed as URL query parameters: {@code ?token=}, {@code &api_key=}, {@code ?key=}
 * (Google), and the signature, credential and session token of presigned S3 and GCS URLs and
 * Azure SAS ({@code sig}). The parameter name stays, so a reader still sees a credential was there.
 */
final class QueryCredentials {
    private static final Set<String> NAMES = Set.of("key", "sig", "signature", "auth", "x-amz-signature",
            "x-amz-credential", "x-amz-security-token", "x-goog-signature", "x-goog-credential");
    private static final Chars.Class VALUE = c -> c != '&' && c != '#' && c != '"' && c != '\'' && c != '<' && c != '>'
            && !Chars.isSpace(c);

    private QueryCredentials() {
    }

    static String redact(String text) {
        if (text.indexOf('=') < 0 || (text.indexOf('?') < 0 && text.indexOf('&') < 0)) {
            return text;
        }
        Rewriter out = new Rewriter(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '?' && c != '&') {
                i++;
                continue;
            }
            int nameStart = i + 1;
            int nameEnd = Chars.runEnd(text, nameStart, Chars.NAME);
            i = nameEnd;
            if (nameEnd == nameStart || nameEnd >= text.length() || text.charAt(nameEnd) != '='
                    || !isCredential(text.substring(nameStart, nameEnd))) {
                continue;
            }
            int valueEnd = Chars.runEnd(text, nameEnd + 1, VALUE);
            if (valueEnd > nameEnd + 1) {
                out.replace(nameEnd + 1, valueEnd, TextRedactor.MARKER);
                i = valueEnd;
            }
        }
        return out.result();
    }

    static boolean isCredential(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT)) || SecretNames.isSecretName(name);
    }
}
