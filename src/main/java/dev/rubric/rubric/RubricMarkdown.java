package dev.rubric.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rubric as a Markdown reference (docs/rubric.md for the built-in one): its levels, every
 * dimension, and every criterion with its level, weight, rationale, remediation, references and
 * the expressions that judge it. Works for any rubric; {@code scripts/update-docs} writes it and a
 * test fails when the file no longer matches the rubric.
 */
public final class RubricMarkdown {
    private RubricMarkdown() {
    }

    public static String of(Rubric rubric, String sourceName) {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from ").append(sourceName).append(" by scripts/update-docs: do not edit by hand; ")
                .append("a test fails when this file is stale. -->\n\n");
        out.append("# ").append(rubric.title()).append(" (").append(rubric.name()).append(' ').append(rubric.version())
                .append(")\n\n");
        if (rubric.description() != null) {
            out.append(rubric.description().strip()).append("\n\n");
        }
        out.append(String.format(Locale.ROOT, "%d dimensions, %d criteria. Judged file roles: %s. ",
                rubric.dimensions().size(), rubric.criteria().size(), String.join(", ", rubric.scope())));
        out.append("How scores and levels are computed: [scoring.md](scoring.md); the format: [rubrics.md](rubrics.md); ")
                .append("the evidence fields criteria read: [writing-rubrics.md](writing-rubrics.md).\n\n");
        out.append("## Levels\n\n| Level | Name |\n|---|---|\n");
        rubric.levels().forEach((level, name) -> out.append("| ").append(level).append(" | ").append(cell(name)).append(" |\n"));
        out.append("\n## Dimensions\n\n| Dimension | Criteria by level (1 / 2 / 3 / 4) | Weight |\n|---|---|---|\n");
        for (Dimension dimension : rubric.dimensions()) {
            List<String> perLevel = new ArrayList<>();
            for (int level = 1; level <= 4; level++) {
                final int l = level;
                perLevel.add(String.valueOf(dimension.criteria().stream().filter(c -> c.level() == l).count()));
            }
            out.append("| [").append(cell(dimension.title())).append("](#").append(anchor(dimension.id())).append(") | ")
                    .append(String.join(" / ", perLevel)).append(" | ").append(number(dimension.weight())).append(" |\n");
        }
        for (Dimension dimension : rubric.dimensions()) {
            dimension(rubric, dimension, out);
        }
        return out.toString();
    }

    private static void dimension(Rubric rubric, Dimension dimension, StringBuilder out) {
        out.append("\n## ").append(dimension.id()).append("\n\n**").append(dimension.title()).append("**");
        if (dimension.description() != null) {
            out.append(" — ").append(dimension.description().strip());
        }
        out.append("\n\n");
        if (dimension.howToAudit() != null) {
            out.append("- How to audit it: ").append(dimension.howToAudit().strip()).append('\n');
        }
        out.append("- When nothing of it is found: ").append(dimension.alwaysPresent()
                ? "not audited (every system has it)" : "not applicable").append('\n');
        out.append("- Consistency links that cap it at level 1 when contradicted: ")
                .append(dimension.links().isEmpty() ? "none" : "`" + String.join("`, `", dimension.links()) + "`").append("\n\n");
        out.append("| Criterion | Level | Weight | Title |\n|---|---|---|---|\n");
        for (Criterion c : dimension.criteria()) {
            out.append("| [`").append(c.id()).append("`](#").append(anchor(c.id())).append(") | ").append(c.level())
                    .append(" | ").append(number(c.weight())).append(" | ").append(cell(c.title())).append(" |\n");
        }
        for (Criterion c : dimension.criteria()) {
            criterion(rubric, c, out);
        }
    }

    private static void criterion(Rubric rubric, Criterion c, StringBuilder out) {
        out.append("\n### ").append(c.id()).append("\n\n**").append(c.title()).append("**\n\n");
        out.append("Level ").append(c.level()).append(" (").append(rubric.levelName(c.level())).append(") · weight ")
                .append(number(c.weight()));
        if (!c.requires().isEmpty()) {
            out.append(" · reads `").append(String.join("`, `", c.requires())).append('`');
        }
        if (!c.scenarios().isEmpty()) {
            out.append(" · scenarios: ").append(String.join(", ", c.scenarios()));
        }
        out.append("\n");
        prose(out, "Why", c.rationale());
        prose(out, "How to fix", c.remediation());
        out.append("\nHow it is judged:\n\n```yaml\n");
        expression(out, "subjects", c.subjects());
        expression(out, "when", c.when());
        expression(out, "applies", c.applies());
        expression(out, "score", c.score());
        out.append("aggregate: ").append(c.aggregate().name().toLowerCase(Locale.ROOT)).append("\n```\n");
        if (!c.references().isEmpty()) {
            out.append("\nReferences:\n\n");
            c.references().forEach(r -> out.append("- ").append(r.strip()).append('\n'));
        }
    }

    /** Prose paragraphs as written; indented lines (examples) become code blocks. */
    private static void prose(StringBuilder out, String title, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.append("\n").append(title).append(":\n\n");
        boolean inCode = false;
        for (String line : text.strip().split("\n")) {
            boolean code = line.startsWith(" ") || line.startsWith("\t");
            if (code && !inCode) {
                out.append("\n```\n");
            } else if (!code && inCode) {
                out.append("```\n\n");
            }
            inCode = code;
            out.append(code ? line.substring(Math.min(2, line.length() - line.stripLeading().length())) : line.strip()).append('\n');
        }
        if (inCode) {
            out.append("```\n");
        }
    }

    private static void expression(StringBuilder out, String name, Expression expression) {
        if (expression != null) {
            out.append(name).append(": ").append(expression.source().strip().replace("\n", "\n  ")).append('\n');
        }
    }

    private static String cell(String text) {
        return text == null ? "" : text.strip().replace("|", "\\|").replace("\n", " ");
    }

    /** GitHub's anchor for a heading made of the id alone. */
    private static String anchor(String id) {
        return id.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
