package dev.rubric.collect.secrets;

/**
 * The password of a URL's user info, {@code scheme://user:password@host}, also with an empty
 * user ({@code redis://:password@host}). The user name stays: it says which account, not how to
 * use it. A token written as the user alone is caught by its shape ({@link VendorTokens}). One
 * slash after the scheme counts too: a URL that went through a file path (a symbolic link's
 * target) has lost the other.
 */
final class UrlCredentials {
    private static final String SCHEME_END = ":/";
    private static final Chars.Class USER = c -> c != '/' && c != ':' && c != '@' && !Chars.isSpace(c);
    private static final Chars.Class PASSWORD = c -> c != '/' && c != '@' && !Chars.isSpace(c);

    private UrlCredentials() {
    }

    static boolean present(String text) {
        return redact(text) != text;
    }

    static String redact(String text) {
        int at = text.indexOf(SCHEME_END);
        if (at < 0) {
            return text;
        }
        Rewriter out = new Rewriter(text);
        while (at >= 0) {
            int userStart = at + SCHEME_END.length();
            if (userStart < text.length() && text.charAt(userStart) == '/') {
                userStart++;
            }
            int userEnd = Chars.runEnd(text, userStart, USER);
            int next = userEnd;
            if (userEnd < text.length() && text.charAt(userEnd) == ':') {
                int passwordEnd = Chars.runEnd(text, userEnd + 1, PASSWORD);
                if (passwordEnd > userEnd + 1 && passwordEnd < text.length() && text.charAt(passwordEnd) == '@') {
                    out.replace(userEnd + 1, passwordEnd, TextRedactor.MARKER);
                    next = passwordEnd;
                }
            }
            // the colon that ended the user may itself begin the next ":/"
            at = text.indexOf(SCHEME_END, next);
        }
        return out.result();
    }
}
