package dev.rubric.collect.images;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code WWW-Authenticate} challenge: its scheme (Bearer, Basic) and parameters (realm,
 * service, scope), read with the quoting rules of RFC 7235 rather than split on commas, since a
 * scope may itself hold commas ({@code repository:a/b:pull,push}).
 */
record BearerChallenge(String scheme, Map<String, String> parameters) {

    static BearerChallenge parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String text = header.strip();
        int space = text.indexOf(' ');
        String scheme = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = space < 0 ? text.length() : space + 1;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            int equals = text.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = text.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            i = equals + 1;
            if (i < text.length() && text.charAt(i) == '"') {
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i));
                }
                i++;
            } else {
                for (; i < text.length() && text.charAt(i) != ','; i++) {
                    value.append(text.charAt(i));
                }
            }
            parameters.put(name, value.toString().strip());
        }
        return new BearerChallenge(scheme, parameters);
    }

    boolean isBearer() {
        return scheme.equals("bearer") && parameters.containsKey("realm");
    }
}
