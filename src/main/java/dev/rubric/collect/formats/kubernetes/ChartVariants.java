package dev.rubric.collect.formats.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values a chart is rendered with. Always its own {@code values.yaml} ("default"); then, one
 * variant each, the values files that live with the chart and are layered over it the way teams
 * and CI do: {@code values-*.yaml} / {@code values.*.yaml} / {@code *-values.yaml} /
 * {@code *.values.yaml} beside Chart.yaml, every YAML file in a {@code values/} folder, and
 * chart-testing's {@code ci/*-values.yaml}. Values files elsewhere in a repository (a tutorial's
 * {@code values-01-minimal.yaml}) may belong to any chart or release and are not guessed at.
 */
final class ChartVariants {
    static final String DEFAULT = "default";
    /** More would be CI permutations, not environments: the first ones by path are rendered, the rest reported. */
    static final int MAX_VARIANTS = 12;

    private ChartVariants() {
    }

    /** The values files among a chart's files (paths relative to the chart folder), sorted. */
    static List<String> valuesFiles(List<String> chartFiles) {
        List<String> out = new ArrayList<>();
        for (String path : chartFiles) {
            if (isVariant(path)) {
                out.add(path);
            }
        }
        out.sort(null);
        return out;
    }

    static boolean isVariant(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            return false;
        }
        String stem = lower.substring(0, lower.lastIndexOf('.'));
        int slash = stem.indexOf('/');
        if (slash < 0) {
            return !stem.equals("values") && (stem.startsWith("values-") || stem.startsWith("values.")
                    || stem.startsWith("values_") || stem.endsWith("-values") || stem.endsWith(".values"));
        }
        String folder = stem.substring(0, slash);
        String name = stem.substring(slash + 1);
        if (name.contains("/")) {
            return false;
        }
        return folder.equals("values") || folder.equals("ci") && (name.endsWith("-values") || name.equals("values"));
    }
}
