package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An environment variable of a container. {@code value} is present only for literal values
 * that are not secret; a secret literal is dropped and {@code redacted} is true.
 * {@code valueFrom} names the kind of reference (secretKeyRef, configMapKeyRef, fieldRef,
 * resourceFieldRef) and {@code ref} the object and key it points to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvVar(String name, String value, Boolean redacted, String valueFrom, String ref) {

    /**
     * Whether a name is spelled as environment variables conventionally are: upper case, digits and
     * underscores, starting with a letter. Collectors and link steps both ask it of names they only
     * suspect to be variables.
     */
    public static boolean conventionalName(String name) {
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
