package dev.rubric.score;

/**
 * The subject selector of a waiver, matched against a finding's subject id
 * ({@code repo/prompts/a.prompty#greet}) or its file path ({@code prompts/a.prompty}): {@code *}
 * within one path segment, {@code **} across segments, {@code ?} one character, anything else
 * literally. Matched by walking both strings, so a selector cannot make matching slow.
 */
final class SubjectGlob {
    private SubjectGlob() {
    }

    static boolean matches(String glob, String text) {
        if (text == null) {
            return false;
        }
        // reach[j]: the first i characters of the glob can consume the first j of the text
        boolean[] reach = new boolean[text.length() + 1];
        reach[0] = true;
        int i = 0;
        while (i < glob.length()) {
            boolean[] next = new boolean[text.length() + 1];
            char c = glob.charAt(i);
            if (c == '*') {
                boolean acrossSegments = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                boolean carried = false;
                for (int j = 0; j <= text.length(); j++) {
                    if (j > 0 && !acrossSegments && text.charAt(j - 1) == '/') {
                        carried = false;
                    }
                    carried |= reach[j];
                    next[j] = carried;
                }
                i += acrossSegments ? 2 : 1;
            } else {
                for (int j = 0; j < text.length(); j++) {
                    next[j + 1] = reach[j] && (c == '?' ? text.charAt(j) != '/' : text.charAt(j) == c);
                }
                i++;
            }
            reach = next;
        }
        return reach[text.length()];
    }
}
