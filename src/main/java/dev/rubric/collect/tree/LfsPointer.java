package dev.rubric.collect.tree;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Git LFS pointer: the few lines git keeps in place of a file stored in LFS
 * (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). Its content is not the artifact,
 * so parsing it would call the artifact unrecognised; it is recorded as a pointer instead.
 */
final class LfsPointer {
    /** The specification caps a pointer at 1024 bytes. */
    private static final int MAX_BYTES = 1024;
    private static final byte[] VERSION = "version https://git-lfs.github.com/spec/v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern OID = Pattern.compile("(?m)^oid sha256:([0-9a-f]{64})$");
    private static final Pattern SIZE = Pattern.compile("(?m)^size ([0-9]{1,19})$");

    private LfsPointer() {
    }

    /** The pointer's oid and size as file facts, or null when the content is not a pointer. */
    static Map<String, Object> facts(byte[] bytes) {
        if (bytes.length > MAX_BYTES || bytes.length < VERSION.length) {
            return null;
        }
        for (int i = 0; i < VERSION.length; i++) {
            if (bytes[i] != VERSION[i]) {
                return null;
            }
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        Matcher oid = OID.matcher(text);
        Matcher size = SIZE.matcher(text);
        if (!oid.find() || !size.find()) {
            return null;
        }
        Map<String, Object> facts = new TreeMap<>();
        facts.put("lfsOid", "sha256:" + oid.group(1));
        facts.put("lfsSize", Long.parseLong(size.group(1)));
        return facts;
    }
}
