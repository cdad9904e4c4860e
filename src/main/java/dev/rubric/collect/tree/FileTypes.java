package dev.rubric.collect.tree;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** File-name tests and content digests shared by every parser; a name only ever gives a hint. */
public final class FileTypes {
    private FileTypes() {
    }

    public static boolean isYaml(String fileName) {
        return endsWithIgnoringCase(fileName, ".yaml") || endsWithIgnoringCase(fileName, ".yml");
    }

    public static boolean isJson(String fileName) {
        return endsWithIgnoringCase(fileName, ".json");
    }

    /** Without the lower-cased copy of the name: ~50 parsers ask this of every file. */
    private static boolean endsWithIgnoringCase(String fileName, String suffix) {
        return fileName.regionMatches(true, fileName.length() - suffix.length(), suffix, 0, suffix.length());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
