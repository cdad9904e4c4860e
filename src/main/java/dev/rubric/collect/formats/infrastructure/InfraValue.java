package dev.rubric.collect.formats.infrastructure;

/**
 * A setting of an infrastructure template as far as the files decide it: a value, the parameter
 * that gives it (with its default as the value, when it has one), or the expression decided at
 * deploy time. Never guessed.
 */
record InfraValue(String value, String parameter, String expression) {
    static InfraValue of(String value) {
        return new InfraValue(value, null, null);
    }

    /**
     * How the value reads in evidence: the value, else the expression in Bicep's interpolation form
     * ({@code ${environmentName}}); an interpolated string is already in that form ({@code worker-${queue}}).
     */
    String shown() {
        if (value != null) {
            return value;
        }
        if (parameter == null && expression.length() >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
            return expression.substring(1, expression.length() - 1);
        }
        return "${" + (parameter != null ? parameter : expression) + "}";
    }
}
