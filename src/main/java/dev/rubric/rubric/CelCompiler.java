package dev.rubric.rubric;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelStandardFunctions;
import dev.cel.runtime.standard.IntFunction.IntOverload;
import dev.cel.runtime.standard.TimestampFunction.TimestampOverload;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CEL environment of rubric expressions: {@code evidence} (the whole evidence document) is
 * always in scope, {@code item} (one subject) only where a subject exists. Standard macros plus
 * the strings, math and bindings extensions ({@code cel.bind(name, value, expr)} computes a value
 * once, so a criterion can look across collections without a scan per subject); comprehensions
 * are bounded so a rubric cannot hang an audit.
 */
final class CelCompiler {
    /** What an expression can see and what it must produce. */
    enum Role {
        SUBJECTS(false, Set.of(CelKind.LIST), "a list"),
        APPLIES(false, Set.of(CelKind.BOOL), "a bool"),
        WHEN(true, Set.of(CelKind.BOOL), "a bool"),
        SCORE(true, Set.of(CelKind.BOOL, CelKind.DOUBLE, CelKind.INT, CelKind.UINT), "a bool or a number from 0 to 1"),
        MESSAGE(true, Set.of(CelKind.STRING), "a string");

        final boolean seesItem;
        final Set<CelKind> results;
        final String expected;

        Role(boolean seesItem, Set<CelKind> results, String expected) {
            this.seesItem = seesItem;
            this.results = results;
            this.expected = expected;
        }
    }

    /** A compile problem at a 1-based line and 0-based column inside the expression. */
    record Problem(int line, int column, String message) {
    }

    static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .comprehensionMaxIterations(1_000_000)
            .build();

    private final Cel withItem = build(true);
    private final Cel withoutItem = build(false);
    private final CelRuntime runtime = runtime();

    private static Cel build(boolean item) {
        var builder = CelFactory.standardCelBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addCompilerLibraries(CelExtensions.strings(), CelExtensions.math(), CelExtensions.bindings())
                .addRuntimeLibraries(CelExtensions.strings(), CelExtensions.math())
                .addVar("evidence", MapType.create(SimpleType.STRING, SimpleType.DYN));
        if (item) {
            builder.addVar("item", SimpleType.DYN);
        }
        return builder.build();
    }

    /**
     * The runtime programs run on: the standard one, but for {@code matches}, whose standard
     * binding compiles its pattern on every call ({@link CachedMatches}). Replacing a standard
     * binding needs the standard functions listed by hand; the filter is the one CEL applies by
     * default for these options (integer identity and epoch timestamps as the options say; the
     * options enable heterogeneous comparisons, so none of those is left out).
     */
    private static CelRuntime runtime() {
        CelStandardFunctions standard = CelStandardFunctions.newBuilder()
                .filterFunctions((function, overload) -> function != CelStandardFunctions.StandardFunction.MATCHES
                        && (overload != IntOverload.INT64_TO_INT64 || OPTIONS.enableUnsignedLongs())
                        && (overload != TimestampOverload.INT64_TO_TIMESTAMP || OPTIONS.enableTimestampEpoch()))
                .build();
        return CelRuntimeFactory.standardCelRuntimeBuilder()
                .setOptions(OPTIONS)
                .addLibraries(CelExtensions.strings(), CelExtensions.math())
                .setStandardEnvironmentEnabled(false)
                .setStandardFunctions(standard)
                .addFunctionBindings(CachedMatches.bindings(OPTIONS))
                .build();
    }

    /** The program, or the problems that stop it compiling. */
    CelRuntime.Program compile(String source, Role role, List<Problem> problems) {
        Cel cel = role.seesItem ? withItem : withoutItem;
        CelAbstractSyntaxTree ast;
        try {
            ast = cel.compile(source).getAst();
        } catch (CelValidationException e) {
            List<Problem> found = new ArrayList<>();
            for (CelIssue issue : e.getErrors()) {
                String message = issue.getMessage().replace(" (in container '')", "");
                if (!role.seesItem && message.contains("undeclared reference to 'item'")) {
                    message += " ('item' exists only in when, score and message)";
                }
                found.add(new Problem(Math.max(1, issue.getSourceLocation().getLine()),
                        Math.max(0, issue.getSourceLocation().getColumn()), message));
            }
            problems.addAll(found);
            return null;
        }
        CelKind kind = ast.getResultType().kind();
        if (!kind.isDyn() && kind != CelKind.ANY && !role.results.contains(kind)) {
            problems.add(new Problem(1, 0, "must evaluate to " + role.expected + ", but this gives "
                    + ast.getResultType().name()));
            return null;
        }
        try {
            return runtime.createProgram(ast);
        } catch (CelEvaluationException e) {
            problems.add(new Problem(1, 0, e.getMessage()));
            return null;
        }
    }
}
