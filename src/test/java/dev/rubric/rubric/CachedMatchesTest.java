package dev.rubric.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cached {@code matches} answers and fails exactly as CEL's standard one, whichever form is called. */
class CachedMatchesTest {
    /** CEL as it comes, with the options and macros of rubric expressions. */
    private static final Cel STANDARD = CelFactory.standardCelBuilder().setOptions(CelCompiler.OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS).build();

    @Test
    void answersAsTheStandardBindingDoes() throws Exception {
        // partial match (RE2 find), anchors honoured, both the member and the global form, a pattern reused
        for (String expression : List.of("'gpt-4o-2024-08-06'.matches('20[0-9]{2}-[0-9]{2}')",
                "'gpt-4o'.matches('20[0-9]{2}-[0-9]{2}')", "matches('repo@sha256:ab', '^repo@')",
                "'x/y:latest'.matches('^x/y$')", "['a1', 'b', 'c3'].filter(s, s.matches('[0-9]$')).size() == 2")) {
            assertEquals(STANDARD.createProgram(STANDARD.compile(expression).getAst()).eval(),
                    program(expression).eval(Map.of()), expression);
        }
    }

    @Test
    void aBadPatternFailsWithTheStandardMessageOnEveryCall() throws Exception {
        String expression = "'abc'.matches('(')";
        CelEvaluationException expected = assertThrows(CelEvaluationException.class,
                () -> STANDARD.createProgram(STANDARD.compile(expression).getAst()).eval());
        CelRuntime.Program cached = program(expression);
        for (int call = 0; call < 2; call++) {
            CelEvaluationException actual = assertThrows(CelEvaluationException.class, () -> cached.eval(Map.of()));
            assertEquals(expected.getMessage(), actual.getMessage());
        }
    }

    private static CelRuntime.Program program(String expression) {
        List<CelCompiler.Problem> problems = new ArrayList<>();
        CelRuntime.Program program = new CelCompiler().compile(expression, CelCompiler.Role.APPLIES, problems);
        assertEquals(List.of(), problems);
        return program;
    }
}
