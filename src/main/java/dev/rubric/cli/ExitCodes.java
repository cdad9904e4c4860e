package dev.rubric.cli;

/** The exit codes of DESIGN.md §5, the same for every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int GATE_FAILED = 1;
    public static final int USAGE = 2;
    public static final int SOURCE_UNREADABLE = 3;
    public static final int INTERNAL = 4;

    static final String HELP = """
            Exit codes:
              0  success
              1  a gate failed (--fail-under, --min-level, --min-coverage, --baseline, .rubric.yaml gates)
              2  usage error, or an invalid rubric, target or evidence file
              3  a requested source could not be read (the report is still written, marked incomplete)
              4  internal error (a bug: please report it with --verbose output), or out of memory""";

    private ExitCodes() {
    }
}
