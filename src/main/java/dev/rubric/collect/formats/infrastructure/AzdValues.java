package dev.rubric.collect.formats.infrastructure;

/**
 * azd's substitution in parameters files: {@code ${VAR}} is the variable's value (empty when
 * unset) and {@code ${VAR=default}} falls back to the default.
 */
record AzdValues(String variable, String value) {
    /** The variable and default of a whole-value substitution, or the literal value with no variable. */
    static AzdValues of(String text) {
        if (text.startsWith("${") && text.endsWith("}") && text.indexOf('}') == text.length() - 1) {
            String inner = text.substring(2, text.length() - 1);
            int equals = inner.indexOf('=');
            String name = equals < 0 ? inner : inner.substring(0, equals);
            if (BicepDeployments.isVariableName(name) || isPlainName(name)) {
                return new AzdValues(name, equals < 0 ? null : inner.substring(equals + 1));
            }
        }
        return new AzdValues(null, text);
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }
}
