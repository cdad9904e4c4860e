package dev.rubric.rubric;

import com.google.re2j.Pattern;
import dev.cel.common.CelOptions;
import dev.cel.common.exceptions.CelInvalidArgumentException;
import dev.cel.runtime.CelFunctionBinding;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CEL's {@code matches} with each regular expression compiled once. The standard binding compiles
 * its pattern on every call: a criterion that tests a reference against a literal pattern did so
 * once per subject, a fifth of judging 200,000 subjects (docs/performance.md). The answer, its
 * limits and its errors are the standard binding's: the same RE2/J pattern, the same program-size
 * bound, the same partial match, and a pattern that fails to compile fails on every call.
 */
final class CachedMatches {
    /** Patterns are mostly literals of the rubric; one built from the evidence must not grow the cache without end. */
    private static final int MAX_PATTERNS = 1024;

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    private final CelOptions options;

    private CachedMatches(CelOptions options) {
        this.options = options;
    }

    /** The bindings that replace the standard ones: the global {@code matches(s, re)} and the member {@code s.matches(re)}. */
    static List<CelFunctionBinding> bindings(CelOptions options) {
        CachedMatches matches = new CachedMatches(options);
        return List.of(CelFunctionBinding.from("matches", String.class, String.class, matches::matches),
                CelFunctionBinding.from("matches_string", String.class, String.class, matches::matches));
    }

    private Object matches(String text, String regex) throws CelInvalidArgumentException {
        try {
            Pattern pattern = pattern(regex);
            int maxSize = options.maxRegexProgramSize();
            if (maxSize >= 0 && pattern.programSize() > maxSize) {
                throw new IllegalArgumentException(String.format("Regex pattern exceeds allowed program size. Allowed: %d, Provided: %d",
                        maxSize, pattern.programSize()));
            }
            return options.enableRegexPartialMatch() ? pattern.matcher(text).find() : pattern.matcher(text).matches();
        } catch (RuntimeException e) {
            throw new CelInvalidArgumentException(e);
        }
    }

    private Pattern pattern(String regex) {
        Pattern known = patterns.get(regex);
        if (known != null) {
            return known;
        }
        Pattern compiled = Pattern.compile(regex);
        if (patterns.size() < MAX_PATTERNS) {
            patterns.putIfAbsent(regex, compiled);
        }
        return compiled;
    }
}
