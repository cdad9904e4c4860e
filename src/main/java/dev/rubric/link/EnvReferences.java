package dev.rubric.link;

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
        if (reference.startsWith("$(") && reference.endsWith(")") && isVariableName(reference.substring(2, reference.length() - 1))) {
            return reference.substring(2, reference.length() - 1);
        }
        if (reference.startsWith("os.environ/")) {
            return reference.substring("os.environ/".length());
        }
        if (reference.startsWith("$") && isVariableName(reference.substring(1))) {
            return reference.substring(1);
        }
        return null;
    }

    /** Upper case, digits and underscores, as environment variables are spelled. */
    static boolean isVariableName(String name) {
        if (name == null || name.length() < 2 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }
}
