package dev.rubric.collect.formats.prompts;

/** Dotprompt's schema shorthand: a key carries the field name plus optional and type decorations. */
final class Picoschema {
    private Picoschema() {
    }

    /** {@code tags?(array, labels to apply)} gives {@code tags}; a wildcard {@code (*)} gives "". */
    static String fieldName(String key) {
        int end = key.length();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '?' || c == '(') {
                end = i;
                break;
            }
        }
        return key.substring(0, end).strip();
    }
}
