package dev.rubric.link;

import dev.rubric.evidence.EnvVar;

/**
 * The environment variable a model reference is read from, in the spellings collectors record:
 * {@code ${X}}, {@code ${X:-d}}, {@code ${env:X}}, {@code os.environ/X}, {@code $X}, and Kubernetes'
 * {@code $(X)}.
 */
final class EnvReferences {
    private EnvReferences() {
    }

    static String variable(String reference) {
        int start = reference.indexOf("${");
        if (start >= 0) {
            int end = reference.indexOf('}', start);
            if (end > start) {
                String inner = reference.substring(start + 2, end);
                if (inner.regionMatches(true, 0, "env:", 0, 4)) {
                    inner = inner.substring(4);
                }
                int stop = 0;
                while (stop < inner.length() && (Character.isLetterOrDigit(inner.charAt(stop)) || inner.charAt(stop) == '_')) {
                    stop++;
                }
                return stop > 0 ? inner.substring(0, stop) : null;
            }
        }
        if (reference.startsWith("$(") && reference.endsWith(")") && EnvVar.conventionalName(reference.substring(2, reference.length() - 1))) {
            return reference.substring(2, reference.length() - 1);
        }
        if (reference.startsWith("os.environ/")) {
            return reference.substring("os.environ/".length());
        }
        if (reference.startsWith("$") && EnvVar.conventionalName(reference.substring(1))) {
            return reference.substring(1);
        }
        return null;
    }

}
