package dev.rubric.collect.formats.kubernetes;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Where a Helm error points, read from its message. Helm names template positions as
 * {@code <chart name>/templates/x.yaml:12:3} ({@code template: …: executing …}, {@code execution
 * error at (…)}, {@code parse error at (…)}), values files by the path it was given (our private
 * copy) with a YAML {@code line N}, and the chart's own values as {@code values.yaml}. Paths are
 * turned back into paths of the audited tree; a message that names no known place is located at
 * Chart.yaml.
 */
final class HelmMessages {
    /** Helm quotes template and values text into its messages; far longer ones are cut before matching. */
    private static final int MAX_SCANNED = 8_192;
    private static final Pattern TEMPLATE_POSITION = Pattern.compile("([A-Za-z0-9_.-]+/[^\\s:()\"]+):(\\d+)(?::(\\d+))?");
    private static final Pattern YAML_LINE = Pattern.compile("(?:yaml: line|line) (\\d+)");
    private static final Pattern YAML_ON = Pattern.compile("YAML parse error on ([A-Za-z0-9_.-]+/[^\\s:]+):");

    /** A place in the audited tree; line and column 0 when unknown. */
    record Place(String path, int line, int column) {
    }

    private final String chartName;
    private final String chartFolder;
    private final String copyRoot;

    /**
     * @param chartName   the chart's name from Chart.yaml, which heads Helm's template paths
     * @param chartFolder the chart folder relative to the source root ("" at the root)
     * @param copyRoot    the private copy Helm rendered, whose paths appear in values errors
     */
    HelmMessages(String chartName, String chartFolder, String copyRoot) {
        this.chartName = chartName;
        this.chartFolder = chartFolder;
        this.copyRoot = copyRoot.endsWith("/") ? copyRoot : copyRoot + "/";
    }

    /** The message as a user should read it: paths of the audited tree, not of the private copy. */
    String clean(String message) {
        String text = message.replace("\n\nUse --debug flag to render out invalid YAML", "").strip();
        return text.replace(copyRoot, chartFolder.isEmpty() ? "" : chartFolder + "/");
    }

    /** Where the message points, or Chart.yaml when it names no place. */
    Place place(String message) {
        String text = message.length() > MAX_SCANNED ? message.substring(0, MAX_SCANNED) : message;
        int copy = text.indexOf(copyRoot);
        if (copy >= 0) {
            // a values file of ours: "failed to parse <copy>/values-prod.yaml: … yaml: line 2: …"
            int end = copy + copyRoot.length();
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ':') {
                end++;
            }
            String inChart = text.substring(copy + copyRoot.length(), end);
            return new Place(HelmCharts.join(chartFolder, inChart), yamlLine(text.substring(end)), 0);
        }
        if (text.startsWith("cannot load values.yaml")) {
            return new Place(HelmCharts.join(chartFolder, "values.yaml"), yamlLine(text), 0);
        }
        Matcher on = YAML_ON.matcher(text);
        if (on.find()) {
            String path = inTree(on.group(1));
            if (path != null) {
                // the line Helm gives is one of the rendered text, not of the template
                return new Place(path, 0, 0);
            }
        }
        Matcher position = TEMPLATE_POSITION.matcher(text);
        while (position.find()) {
            String path = inTree(position.group(1));
            if (path != null) {
                return new Place(path, Integer.parseInt(position.group(2)),
                        position.group(3) == null ? 0 : Integer.parseInt(position.group(3)));
            }
        }
        return new Place(HelmCharts.join(chartFolder, HelmCharts.CHART_FILE), 0, 0);
    }

    /**
     * A path as Helm names it ({@code <chart>/templates/x.yaml}, or a subchart's
     * {@code <chart>/charts/<sub>/templates/x.yaml}) in the audited tree, or null when it is not one.
     */
    String inTree(String helmPath) {
        if (!helmPath.startsWith(chartName + "/")) {
            return null;
        }
        return HelmCharts.join(chartFolder, helmPath.substring(chartName.length() + 1));
    }

    private static int yamlLine(String text) {
        Matcher line = YAML_LINE.matcher(text);
        return line.find() ? Integer.parseInt(line.group(1)) : 0;
    }
}
