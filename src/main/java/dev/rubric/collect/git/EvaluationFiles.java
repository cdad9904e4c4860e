package dev.rubric.collect.git;

import java.util.Locale;
import java.util.Set;

/**
 * Which paths are evaluation files, for "was this prompt changed without touching any
 * evaluation?": a path with a folder named eval, evals, evaluation(s), test(s) or __tests__ at
 * any depth, or a promptfoo configuration ({@code promptfooconfig.*}, {@code promptfoo.*} or
 * anything under a {@code promptfoo} folder). The rule is about paths only: content is not read.
 */
public final class EvaluationFiles {
    private static final Set<String> FOLDERS = Set.of("eval", "evals", "evaluation", "evaluations", "test", "tests",
            "__tests__", "promptfoo");

    private EvaluationFiles() {
    }

    public static boolean isEvaluation(String path) {
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
            if (FOLDERS.contains(path.substring(start, slash).toLowerCase(Locale.ROOT))) {
                return true;
            }
            start = slash + 1;
        }
        String name = path.substring(start).toLowerCase(Locale.ROOT);
        return name.startsWith("promptfooconfig.") || name.startsWith("promptfoo.");
    }
}
