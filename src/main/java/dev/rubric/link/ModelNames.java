package dev.rubric.link;

import java.util.Locale;

/**
 * How two model references are compared: by the name left when the serving provider is taken off
 * ({@code openai/gpt-4o}, {@code openai:gpt-4o} and {@code gpt-4o} are one model). Which prefixes
 * name a provider is the model identity table's knowledge, which lives with the collectors; the
 * engine passes it in, so the link stage stays free of collector code and of I/O.
 */
@FunctionalInterface
public interface ModelNames {
    /** The reference without its provider prefix, as written. */
    String withoutProvider(String reference);

    /** For tests and callers without the identity table: no prefix is a provider. */
    ModelNames AS_WRITTEN = reference -> reference;

    /** The comparable form: no provider, lower case, no Ollama {@code :latest}, no hub host or {@code hf://}. */
    default String canonical(String reference) {
        String name = withoutProvider(reference.strip()).toLowerCase(Locale.ROOT);
        for (String host : new String[] {"hf://", "https://huggingface.co/", "huggingface.co/", "hf.co/"}) {
            if (name.startsWith(host)) {
                name = name.substring(host.length());
            }
        }
        return name.endsWith(":latest") ? name.substring(0, name.length() - ":latest".length()) : name;
    }

    /** Whether two references name one model: the same name, or a dated snapshot and its alias. */
    default Agreement compare(String a, String b) {
        String x = canonical(a);
        String y = canonical(b);
        if (x.equals(y)) {
            return Agreement.SAME;
        }
        return snapshotOf(x, y) || snapshotOf(y, x) ? Agreement.SNAPSHOT_AND_ALIAS : Agreement.DIFFERENT;
    }

    /** {@code gpt-4o-2024-08-06} is a snapshot of {@code gpt-4o}; {@code gpt-4o-mini} is another model. */
    private static boolean snapshotOf(String snapshot, String alias) {
        if (!snapshot.startsWith(alias) || snapshot.length() <= alias.length() + 1) {
            return false;
        }
        char separator = snapshot.charAt(alias.length());
        String suffix = snapshot.substring(alias.length() + 1);
        int digits = 0;
        for (char c : suffix.toCharArray()) {
            if (Character.isDigit(c)) {
                digits++;
            } else if (c != '-') {
                return false;
            }
        }
        return (separator == '-' || separator == '@') && digits >= 3;
    }

    enum Agreement {
        SAME, SNAPSHOT_AND_ALIAS, DIFFERENT;

        boolean agrees() {
            return this != DIFFERENT;
        }
    }
}
