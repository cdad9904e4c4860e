package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.TreeInput;
import java.io.IOException;
import java.util.Optional;

/**
 * Where Helm charts are in a walked tree. A chart is a folder holding a {@code Chart.yaml}; its
 * {@code templates/} are rendered as one (HelmChartParser), so a file there is never read as a
 * manifest of its own. A {@code templates/} folder without a Chart.yaml beside it (Jinja prompt
 * templates, say) is no chart, and its files are read like any other.
 */
final class HelmCharts {
    static final String FORMAT = "helm";
    static final String CHART_FILE = "Chart.yaml";
    private static final String TEMPLATES = "templates";

    private HelmCharts() {
    }

    /** True for a file of the walk (not embedded or rendered text) below the templates/ folder of a chart. */
    static boolean isTemplate(ParsedFile file) {
        return file.carrier().equals("file") && file.variant() == null && chartOfTemplate(file).isPresent();
    }

    /** The chart folder whose templates/ holds this file ("" for a chart at the root). */
    static Optional<String> chartOfTemplate(ParsedFile file) {
        String path = file.relativePath();
        if (!path.startsWith(TEMPLATES + "/") && !path.contains("/" + TEMPLATES + "/")) {
            return Optional.empty();
        }
        String[] segments = path.split("/");
        // the nearest templates/ folder with a Chart.yaml beside it: charts/<sub>/templates/ is the subchart's
        for (int i = segments.length - 2; i >= 0; i--) {
            if (segments[i].equals(TEMPLATES)) {
                String chart = String.join("/", java.util.Arrays.copyOfRange(segments, 0, i));
                if (exists(file, join(chart, CHART_FILE))) {
                    return Optional.of(chart);
                }
            }
        }
        return Optional.empty();
    }

    /** A Chart.yaml in {@code <parent>/charts/<name>/}: a subchart, rendered with its parent. */
    static boolean isSubchart(ParsedFile chartFile, String chartFolder) {
        int slash = chartFolder.lastIndexOf('/');
        String above = slash < 0 ? "" : chartFolder.substring(0, slash);
        if (!above.equals("charts") && !above.endsWith("/charts")) {
            return false;
        }
        String parent = above.equals("charts") ? "" : above.substring(0, above.length() - "/charts".length());
        return exists(chartFile, join(parent, CHART_FILE));
    }

    static boolean exists(ParsedFile file, String relative) {
        Optional<TreeInput> tree = file.tree();
        if (tree.isEmpty()) {
            return false;
        }
        try {
            return tree.get().file(relative) != null;
        } catch (IOException e) {
            return false;
        }
    }

    static String folderOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
