package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.tree.TreeInput;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Location;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Helm charts, rendered as {@code helm template} would render them (docs/templates.md): a
 * {@code Chart.yaml} confirms a chart, whose files are copied to a private folder and rendered by
 * Helm in process, once with the chart's own values and once per values file that lives with it
 * ({@link ChartVariants}). The rendered objects are read by the same code as plain manifests,
 * pointing at the template each came from and naming the variant. What cannot be rendered is an
 * error at the place Helm names; a variant that fails costs that variant only. Values files of a
 * chart are claimed here too, so that a malformed one is reported once, at its own position.
 */
public final class HelmChartParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            Signature.strong(HelmCharts.CHART_FILE).exactCase(),
            Signature.weak("values*.{yaml,yml}", "*values.{yaml,yml}"),
            Signature.weak("*.{yaml,yml}").under("values"));
    /** One rendering; far above real charts (the vLLM production stack renders in 60 ms). */
    static final Duration RENDER_BUDGET = Duration.ofSeconds(5);
    /** All variants of one chart, within the walker's 10 s for one file. */
    static final Duration CHART_BUDGET = Duration.ofSeconds(8);

    private final Duration renderBudget;
    private final Duration chartBudget;

    public HelmChartParser() {
        this(RENDER_BUDGET, CHART_BUDGET);
    }

    /** With other time budgets: for tests, which cannot wait seconds for a render to run late. */
    HelmChartParser(Duration renderBudget, Duration chartBudget) {
        super("helm", SIGNATURE);
        this.renderBudget = renderBudget;
        this.chartBudget = chartBudget;
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.carrier().equals("file") || file.variant() != null) {
            return false;
        }
        if (file.fileName().equals(HelmCharts.CHART_FILE)) {
            return chart(file, sink);
        }
        return values(file, sink);
    }

    private static boolean values(ParsedFile file, FileSink sink) {
        String folder = HelmCharts.folderOf(file.relativePath());
        String name = file.fileName();
        boolean chartValues = HelmCharts.exists(file, HelmCharts.join(folder, HelmCharts.CHART_FILE))
                && (name.equals("values.yaml") || ChartVariants.isVariant(name));
        if (!chartValues) {
            int slash = folder.lastIndexOf('/');
            String above = slash < 0 ? "" : folder.substring(0, slash);
            String own = folder.substring(slash + 1);
            chartValues = (own.equals("values") || own.equals("ci"))
                    && ChartVariants.isVariant(own + "/" + name)
                    && HelmCharts.exists(file, HelmCharts.join(above, HelmCharts.CHART_FILE));
        }
        if (!chartValues) {
            return false;
        }
        try {
            file.yamlDocuments();
            sink.classify("helm-values", HelmCharts.FORMAT, "parsed");
        } catch (YamlException e) {
            // Helm itself accepts some of what is refused here (a duplicate key: the last one wins), so
            // the chart still renders with it; the ambiguity is the team's to resolve
            sink.classify("helm-values", HelmCharts.FORMAT, "error");
            sink.error(e.mark().line(), e.mark().column(), "malformed YAML: " + e.getMessage());
        }
        return true;
    }

    private boolean chart(ParsedFile file, FileSink sink) {
        MapNode root = file.yamlRoot().orElse(null);
        String name = root == null ? null : root.text("name").orElse(null);
        if (name == null || name.isBlank() || (root.get("version") == null && root.get("apiVersion") == null)) {
            return false;
        }
        sink.classify("helm-chart", HelmCharts.FORMAT, "parsed");
        String folder = HelmCharts.folderOf(file.relativePath());
        if (HelmCharts.isSubchart(file, folder)) {
            return true;
        }
        if (root.text("type").filter("library"::equals).isPresent()) {
            // a library chart has no objects of its own: it is rendered inside the charts that use it
            return true;
        }
        Optional<TreeInput> chartFiles = file.tree().map(tree -> folder.isEmpty() ? tree : tree.below(folder));
        if (chartFiles.isEmpty() || chartFiles.get() == null) {
            return true;
        }
        try {
            render(file, sink, root, name, folder, chartFiles.get());
        } catch (IOException e) {
            sink.error(0, 0, "chart not rendered: cannot copy its files: " + e.getMessage());
        }
        return true;
    }

    private void render(ParsedFile file, FileSink sink, MapNode root, String name, String folder,
                               TreeInput chartFiles) throws IOException {
        String unsupported = HelmRuntime.unsupportedReason();
        if (unsupported != null) {
            sink.error(0, 0, "chart not rendered: " + unsupported);
            return;
        }
        try (ChartCopy copy = ChartCopy.of(chartFiles)) {
            stubMissingDependencies(root, copy, sink);
            HelmMessages messages = new HelmMessages(name, folder, copy.root().toString());
            RenderedChart rendered = new RenderedChart(file, sink, messages);
            List<String> valuesFiles = ChartVariants.valuesFiles(copy.files());
            List<String> variants = new ArrayList<>();
            variants.add(ChartVariants.DEFAULT);
            valuesFiles.stream().limit(ChartVariants.MAX_VARIANTS).forEach(variants::add);
            if (valuesFiles.size() > ChartVariants.MAX_VARIANTS) {
                sink.error(0, 0, "chart rendered with its first " + ChartVariants.MAX_VARIANTS + " values files only, of "
                        + valuesFiles.size());
            }
            // counted from the end of the first rendering, which may have waited for the library to load
            long deadline = Long.MAX_VALUE;
            for (String variant : variants) {
                boolean isDefault = variant.equals(ChartVariants.DEFAULT);
                String variantName = isDefault ? variant : HelmCharts.join(folder, variant);
                if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                    error(sink, file, new HelmMessages.Place(HelmCharts.join(folder, isDefault ? "values.yaml" : variant), 0, 0),
                            "not rendered with " + variantName + ": the chart's time budget of "
                                    + chartBudget.toMillis() + " ms was spent on the variants before it");
                    continue;
                }
                List<java.nio.file.Path> layered = isDefault ? List.of() : List.of(copy.root().resolve(variant));
                try {
                    String output = HelmRuntime.template(copy.root(), layered, renderBudget);
                    rendered.read(output, variantName, isDefault);
                } catch (HelmRuntime.RenderFailure failure) {
                    HelmMessages.Place place = messages.place(failure.getMessage());
                    error(sink, file, place, "not rendered with " + variantName + ": " + messages.clean(failure.getMessage()));
                }
                if (deadline == Long.MAX_VALUE) {
                    deadline = System.nanoTime() + chartBudget.toNanos();
                }
            }
        }
    }

    /** A dependency absent from charts/ is reported at its entry and stands in as an empty chart. */
    private static void stubMissingDependencies(MapNode root, ChartCopy copy, FileSink sink) throws IOException {
        Optional<dev.rubric.yaml.ListNode> dependencies = root.list("dependencies");
        if (dependencies.isEmpty()) {
            return;
        }
        for (Node item : dependencies.get().items()) {
            if (!(item instanceof MapNode dependency)) {
                continue;
            }
            String name = dependency.text("name").orElse(null);
            if (name == null || present(copy.files(), name)) {
                continue;
            }
            copy.stubDependency(name);
            sink.error(item.mark().line(), item.mark().column(), "dependency " + name
                    + " is declared but missing from charts/ (helm dependency build would fetch it; an audit "
                    + "never does): the chart is rendered without it");
        }
    }

    private static boolean present(List<String> files, String name) {
        for (String path : files) {
            if (path.equals("charts/" + name + "/" + HelmCharts.CHART_FILE)
                    || path.startsWith("charts/" + name + "-") && path.endsWith(".tgz") && path.indexOf('/', 7) < 0) {
                return true;
            }
        }
        return false;
    }

    private static void error(FileSink sink, ParsedFile file, HelmMessages.Place place, String message) {
        sink.error(new CollectionError(file.sourceId(),
                Location.file(file.sourceId(), place.path(), place.line(), place.column()), message));
    }
}
