package dev.rubric.render.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.report.CriterionResult;

/**
 * A criterion as a SARIF rule, and the severity of its results. Severity follows the rubric's
 * weight, the only statement of how much a criterion matters: weight 3 and above is an error,
 * 2 a warning, below that a note. A finding that partly meets the criterion (score above 0) is
 * one step milder than one that does not meet it at all.
 */
final class SarifRules {
    private SarifRules() {
    }

    static ObjectNode rule(CriterionResult c) {
        ObjectNode rule = SarifRenderer.NODES.objectNode();
        rule.put("id", c.id());
        rule.putObject("shortDescription").put("text", c.title());
        rule.putObject("fullDescription").put("text", c.rationale() == null ? c.title() : c.rationale());
        ObjectNode help = rule.putObject("help");
        help.put("text", helpText(c));
        help.put("markdown", helpMarkdown(c));
        rule.putObject("defaultConfiguration").put("level", defaultLevel(c.weight()));
        ObjectNode properties = rule.putObject("properties");
        properties.put("dimension", c.dimension());
        properties.put("level", c.level());
        properties.put("weight", c.weight());
        ArrayNode tags = properties.putArray("tags");
        tags.add("traceability");
        tags.add(c.dimension());
        tags.add("level-" + c.level());
        return rule;
    }

    static String defaultLevel(double weight) {
        if (weight >= 3) {
            return "error";
        }
        return weight >= 2 ? "warning" : "note";
    }

    static String level(CriterionResult c, double score) {
        String level = defaultLevel(c.weight());
        if (score <= 0) {
            return level;
        }
        return "error".equals(level) ? "warning" : "note";
    }

    private static String helpText(CriterionResult c) {
        StringBuilder out = new StringBuilder();
        if (c.rationale() != null) {
            out.append("Why: ").append(c.rationale()).append("\n\n");
        }
        if (c.remediation() != null) {
            out.append("How to fix: ").append(c.remediation()).append("\n\n");
        }
        if (c.references() != null && !c.references().isEmpty()) {
            out.append("References: ").append(String.join("; ", c.references()));
        }
        return out.isEmpty() ? c.title() : out.toString().strip();
    }

    /**
     * The rubric writes remediation as prose followed by indented examples (YAML, code); in Markdown
     * an indentation under four spaces is not code, so each indented block is fenced to keep its layout.
     */
    private static String helpMarkdown(CriterionResult c) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(c.title()).append("** (").append(c.dimension()).append(", level ").append(c.level())
                .append(")\n\n");
        if (c.rationale() != null) {
            out.append("**Why it matters.** ").append(c.rationale()).append("\n\n");
        }
        if (c.remediation() != null) {
            out.append("**How to fix.**\n\n").append(fenceIndented(c.remediation())).append("\n\n");
        }
        if (c.references() != null && !c.references().isEmpty()) {
            out.append("**References.**\n\n");
            c.references().forEach(r -> out.append("- ").append(r).append('\n'));
        }
        return out.toString().strip();
    }

    static String fenceIndented(String text) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : text.split("\n", -1)) {
            boolean indented = line.startsWith(" ") || line.startsWith("\t");
            if (indented && !inCode) {
                out.append("```\n");
                inCode = true;
            } else if (!indented && inCode && !line.isBlank()) {
                out.append("```\n");
                inCode = false;
            }
            out.append(line).append('\n');
        }
        if (inCode) {
            out.append("```\n");
        }
        return out.toString().strip();
    }
}
