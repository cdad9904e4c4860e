package dev.rubric.collect.tree;

import java.util.Locale;

/**
 * File names as the JDK hands them over. JDK 17 decodes names in the charset of the locale the
 * JVM started in ({@code sun.jnu.encoding}), which no option can change afterwards: under
 * {@code LC_ALL=C} or {@code POSIX}, the default of most containers, every non-ASCII byte of a
 * UTF-8 name becomes U+FFFD, and such a name no longer leads back to its file.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The charset the JVM decodes file names in. */
    public static String encoding() {
        return System.getProperty("sun.jnu.encoding", "UTF-8");
    }

    public static boolean utf8() {
        String encoding = encoding().toUpperCase(Locale.ROOT);
        return encoding.equals("UTF-8") || encoding.equals("UTF8");
    }

    /** Why a name holding U+FFFD cannot be read, and what to do about it. */
    static String undecodable() {
        if (!utf8()) {
            return "its name is mangled: Java decodes file names as " + encoding()
                    + " under this locale; run with LC_ALL=C.UTF-8 (scripts/rubric does so itself)";
        }
        return "its name is not valid UTF-8";
    }
}
