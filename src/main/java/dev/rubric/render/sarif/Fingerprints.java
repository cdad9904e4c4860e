package dev.rubric.render.sarif;

import dev.rubric.report.ReportLocation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The partial fingerprint that lets code scanning recognise a finding across reruns. It hashes the
 * criterion id, the subject id and the place (file, or Kubernetes object) — never the line or
 * column: a line moves whenever something above it is edited, and a fingerprint that moved with it
 * would close the alert and open a duplicate. The subject id already names what is judged (a
 * prompt, a model reference at a field of a file), so two findings in one file stay apart. The
 * key is versioned: changing what is hashed must change the key, not reuse it with new meaning.
 */
final class Fingerprints {
    static final String KEY = "rubricFinding/v1";

    private Fingerprints() {
    }

    static String of(String criterion, String subject, String place) {
        String text = criterion + '\u0000' + (subject == null ? "" : subject) + '\u0000' + place;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Where, without the position inside the file. */
    static String place(ReportLocation l) {
        if (l == null) {
            return "";
        }
        return String.join("|", nullToEmpty(l.source()), nullToEmpty(l.path()), nullToEmpty(l.cluster()),
                nullToEmpty(l.namespace()), nullToEmpty(l.kind()), nullToEmpty(l.name()), nullToEmpty(l.image()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
