package dev.rubric.collect.read.prompts;

import dev.rubric.collect.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The two short fingerprints a report shows for a prompt: a content hash and an excerpt. */
final class PromptText {
    static final int EXCERPT_LENGTH = 120;

    private PromptText() {
    }

    /** SHA-256 of the text as UTF-8; callers pass text with line endings normalised, so CRLF copies hash alike. */
    static String sha256(String text) {
        // its own digest, not the file walker's: prompts are also read from sources that are no file tree
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /**
     * The start of the template on one line, or null when the template is blank. Prompts do
     * carry pasted keys now and then, so credential-shaped text is replaced before cutting.
     */
    static String excerpt(String body) {
        String folded = Secrets.scrubText(body.replaceAll("\\s+", " ").strip());
        if (folded.isEmpty()) {
            return null;
        }
        if (folded.length() <= EXCERPT_LENGTH) {
            return folded;
        }
        int end = EXCERPT_LENGTH;
        if (Character.isHighSurrogate(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(0, end).stripTrailing() + "…";
    }
}
