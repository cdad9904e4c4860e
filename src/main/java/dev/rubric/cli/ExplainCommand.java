package dev.rubric.cli;

import dev.rubric.engine.UserError;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Expression;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLookup;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a criterion (or list a dimension's criteria): why it matters, how it is scored, how to fix it. "
                + "Without an argument, list every dimension and criterion.",
        footer = {"", "Examples:", "  rubric explain", "  rubric explain prompt.versioned", "  rubric explain \"Prompts\""})
final class ExplainCommand implements Callable<Integer> {
    private static final int WIDTH = 100;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID",
            description = "A criterion or dimension, by id (prompt.versioned, prompt) or title, in any case.")
    String id;

    @Option(names = "--rubric", paramLabel = "FILE", description = "Rubric to read (default: the built-in rubric).")
    String rubricFile;

    @Override
    public Integer call() {
        Rubric rubric = Rubrics.loadOrReport(rubricFile, spec.commandLine().getErr());
        if (rubric == null) {
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        RubricLookup lookup = new RubricLookup(rubric);
        if (id == null) {
            list(rubric, out);
        } else {
            Optional<Criterion> criterion = lookup.criterion(id);
            if (criterion.isPresent()) {
                explain(rubric, criterion.get(), out);
            } else {
                Dimension dimension = lookup.dimension(id).orElseThrow(() -> new UserError("no criterion or dimension '" + id
                        + "' in " + rubric.origin() + lookup.suggestion(id).map(s -> " (did you mean '" + s + "'?)")
                        .orElse("; 'rubric explain' lists them all")));
                dimension(dimension, out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Every dimension with its criteria: the map of the rubric. */
    private static void list(Rubric rubric, PrintWriter out) {
        out.printf(Locale.ROOT, "%s %s (%s): %d dimensions, %d criteria%n", rubric.title(), rubric.version(), rubric.origin(),
                rubric.dimensions().size(), rubric.criteria().size());
        StringBuilder levels = new StringBuilder();
        rubric.levels().forEach((level, name) -> levels.append(levels.length() == 0 ? "" : ", ").append(level).append(' ').append(name));
        out.println("Levels: " + levels);
        for (Dimension dimension : rubric.dimensions()) {
            out.println();
            dimension(dimension, out);
        }
        out.println();
        out.println("'rubric explain <id or title>' shows one criterion in full.");
    }

    private static void dimension(Dimension dimension, PrintWriter out) {
        out.printf("%s — %s%n", dimension.id(), dimension.title());
        if (dimension.description() != null) {
            out.println(dimension.description().strip());
        }
        for (Criterion c : dimension.criteria()) {
            out.printf(Locale.ROOT, "  %-34s level %d, weight %-4s %s%n", c.id(), c.level(), weight(c.weight()), c.title());
        }
    }

    private static void explain(Rubric rubric, Criterion c, PrintWriter out) {
        out.printf("%s — %s%n", c.id(), c.title());
        out.printf(Locale.ROOT, "Dimension %s · level %d (%s) · weight %s%s%n", c.dimension(), c.level(),
                rubric.levelName(c.level()), weight(c.weight()),
                c.requires().isEmpty() ? "" : " · reads " + String.join(", ", c.requires()));
        section(out, "Why", c.rationale());
        section(out, "How to fix", c.remediation());
        out.println();
        out.println("How it is judged:");
        expression(out, "subjects", c.subjects(), "the whole evidence, once");
        expression(out, "when", c.when(), "every subject");
        expression(out, "applies", c.applies(), "always");
        expression(out, "score", c.score(), null);
        out.println("  aggregate: " + c.aggregate().name().toLowerCase(Locale.ROOT));
        if (!c.references().isEmpty()) {
            out.println();
            out.println("References: " + String.join("; ", c.references()));
        }
        if (!c.scenarios().isEmpty()) {
            out.println("Scenarios: " + String.join(", ", c.scenarios()));
        }
    }

    private static void section(PrintWriter out, String title, String text) {
        if (text != null && !text.isBlank()) {
            out.println();
            out.println(title + ":");
            for (String line : text.strip().split("\n")) {
                wrap(line, WIDTH, out);
            }
        }
    }

    /** Prose lines are folded at word boundaries; indented lines (examples) are kept as written. */
    private static void wrap(String line, int width, PrintWriter out) {
        if (line.startsWith(" ") || line.length() + 2 <= width) {
            out.println("  " + line);
            return;
        }
        StringBuilder current = new StringBuilder("  ");
        for (String word : line.split(" ")) {
            if (current.length() > 2 && current.length() + 1 + word.length() > width) {
                out.println(current);
                current = new StringBuilder("  ");
            }
            if (current.length() > 2) {
                current.append(' ');
            }
            current.append(word);
        }
        out.println(current);
    }

    private static void expression(PrintWriter out, String name, Expression expression, String absent) {
        if (expression != null) {
            out.println("  " + name + ": " + expression.source().strip().replace("\n", "\n      "));
        } else if (absent != null) {
            out.println("  " + name + ": (" + absent + ")");
        }
    }

    private static String weight(double weight) {
        return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight);
    }
}
