package dev.rubric.collect.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * Values whose shape alone says they are credentials: vendor key prefixes and JWTs. Each shape is
 * a literal prefix and a body of one character class. When a body is too short, every later
 * start whose body lies in the same run is too short as well, so the run is not measured again:
 * that is what keeps {@code eyJeyJeyJ…} or {@code sk-sk-sk-…} linear.
 */
final class VendorTokens {
    /** {@code exact}: the body is exactly {@code length} characters (AWS, Google); else at least that many. */
    private record Shape(String prefix, Chars.Class body, int length, boolean exact) {
    }

    private static final List<Shape> SHAPES = shapes();
    private static final String JWT = "eyJ";
    private static final int JWT_SEGMENT = 10;
    /** The shortest text any shape matches (xoxb- and ten characters). */
    private static final int SHORTEST = 15;

    private VendorTokens() {
    }

    private static List<Shape> shapes() {
        List<Shape> out = new ArrayList<>();
        out.add(new Shape("sk-", Chars.B64URL, 16, false));
        out.add(new Shape("sk_live_", Chars.ALNUM, 16, false));
        out.add(new Shape("sk_test_", Chars.ALNUM, 16, false));
        for (char c : "pousr".toCharArray()) {
            out.add(new Shape("gh" + c + "_", Chars.ALNUM, 30, false));
        }
        out.add(new Shape("github_pat_", Chars.WORD, 30, false));
        for (char c : "abprs".toCharArray()) {
            out.add(new Shape("xox" + c + "-", c2 -> Chars.isAlnum(c2) || c2 == '-', 10, false));
        }
        out.add(new Shape("AKIA", Chars.UPPER_DIGIT, 16, true));
        out.add(new Shape("ASIA", Chars.UPPER_DIGIT, 16, true));
        out.add(new Shape("AIza", Chars.B64URL, 35, true));
        out.add(new Shape("hf_", Chars.ALNUM, 30, false));
        out.add(new Shape("glpat-", Chars.B64URL, 20, false));
        return List.copyOf(out);
    }

    static boolean present(String text) {
        return redact(text) != text;
    }

    static String redact(String text) {
        if (text.length() < SHORTEST) {
            return text;
        }
        Rewriter out = new Rewriter(text);
        int[] shortRunEnd = new int[SHAPES.size()];
        int jwtShortRunEnd = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != 's' && c != 'g' && c != 'x' && c != 'A' && c != 'h' && c != 'e') {
                i++;
                continue;
            }
            int end = -1;
            for (int k = 0; k < SHAPES.size() && end < 0; k++) {
                Shape shape = SHAPES.get(k);
                int body = i + shape.prefix.length();
                if (body <= shortRunEnd[k] || !text.startsWith(shape.prefix, i)) {
                    continue;
                }
                // an exact shape needs only its length: measuring the whole run would make AKIAAKIA… quadratic
                int runEnd = shape.exact ? Chars.runEnd(text, body, Math.min(text.length(), body + shape.length), shape.body)
                        : Chars.runEnd(text, body, shape.body);
                if (runEnd - body >= shape.length) {
                    end = shape.exact ? body + shape.length : runEnd;
                } else {
                    shortRunEnd[k] = runEnd;
                }
            }
            if (end < 0 && i + JWT.length() > jwtShortRunEnd && text.startsWith(JWT, i)) {
                end = jwtEnd(text, i);
                if (end < 0) {
                    jwtShortRunEnd = Chars.runEnd(text, i + JWT.length(), Chars.B64URL);
                }
            }
            if (end < 0) {
                i++;
            } else {
                out.replace(i, end, TextRedactor.MARKER);
                i = end;
            }
        }
        return out.result();
    }

    /** header.payload.signature, the first two base64url JSON objects ({@code eyJ} is "{\""). */
    private static int jwtEnd(String text, int start) {
        int header = Chars.runEnd(text, start + JWT.length(), Chars.B64URL);
        if (header - start - JWT.length() < JWT_SEGMENT || !text.startsWith("." + JWT, header)) {
            return -1;
        }
        int payloadStart = header + 1 + JWT.length();
        int payload = Chars.runEnd(text, payloadStart, Chars.B64URL);
        if (payload - payloadStart < JWT_SEGMENT || payload >= text.length() || text.charAt(payload) != '.') {
            return -1;
        }
        return Chars.runEnd(text, payload + 1, Chars.B64URL);
    }
}
