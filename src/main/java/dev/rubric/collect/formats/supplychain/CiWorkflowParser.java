package dev.rubric.collect.formats.supplychain;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CI definitions (GitHub Actions workflows, GitLab CI, Azure Pipelines, Jenkinsfiles): whether
 * they build images, and with which provenance, SBOM, signing, OCI label and evaluation steps;
 * which path filters watch prompt folders; and for GitHub, how many actions are pinned by SHA.
 * Secret values in their {@code env} blocks are never read into facts.
 */
public final class CiWorkflowParser extends FormatParser {
    // RE2/J: (?m)^\s* restarts at every line of a run of blank lines, quadratic in java.util.regex
    private static final com.google.re2j.Pattern USES = com.google.re2j.Pattern.compile("(?m)^[\\s-]*uses:\\s*[\"']?([^\\s\"'#]+)");
    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-f]{40}");
    private static final Set<String> GITLAB_KEYWORDS = Set.of("stages", "include", "variables", "default", "workflow");
    /** Each rule's tag is the CI system; a workflow folder wins over a name that looks like GitLab's. */
    private static final Signature SIGNATURE = Signature.of(
            Signature.strong("*.{yml,yaml}").under(".github/workflows").tagged("github-actions"),
            Signature.strong("*.gitlab-ci.yml").tagged("gitlab-ci"),
            Signature.strong("azure-pipelines*.{yml,yaml}").tagged("azure-pipelines"),
            Signature.strong("jenkinsfile", "jenkinsfile.*", "*.jenkinsfile").tagged("jenkins"));
    // RE2/J: (?m)^\s* restarts at every line of a run of blank lines, quadratic in java.util.regex
    private static final com.google.re2j.Pattern JENKINS = com.google.re2j.Pattern.compile("(?m)^\\s*(pipeline|node)\\s*(\\([^)]*\\))?\\s*\\{|\\bstage\\s*\\(");

    /** The CI system the name promises (its rule's tag), or null. */
    private static String platform(String relativePath, String fileName) {
        Set<String> tags = SIGNATURE.tags(relativePath, fileName);
        return tags.isEmpty() ? null : tags.iterator().next();
    }

    public CiWorkflowParser() {
        super("ci-workflow", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String platform = platform(file.relativePath(), file.fileName());
        if (platform == null) {
            return false;
        }
        MapNode root = null;
        if (platform.equals("jenkins")) {
            if (!JENKINS.matcher(file.text()).find()) {
                return false;
            }
        } else {
            // the first mapping document, not yamlRoot(): a CI file whose first document is no mapping is still read
            root = file.yamlMappings().stream().findFirst().orElse(null);
            if (root == null || !confirms(platform, root)) {
                return false;
            }
        }
        sink.classify("ci-workflow", platform, "parsed");
        String steps = withoutCommentLines(file.text(), platform.equals("jenkins") ? "//" : "#");
        List<String> builders = CiSteps.found(CiSteps.IMAGE_BUILDERS, steps);
        sink.fact("buildsImages", !builders.isEmpty());
        factIfAny(sink, "imageBuilders", builders);
        factIfAny(sink, "provenance", CiSteps.found(CiSteps.PROVENANCE, steps));
        factIfAny(sink, "sbom", CiSteps.found(CiSteps.SBOM, steps));
        factIfAny(sink, "signing", CiSteps.found(CiSteps.SIGNING, steps));
        if (!builders.isEmpty()) {
            factIfAny(sink, "ociLabels", CiSteps.found(CiSteps.LABELS, steps));
            factIfAny(sink, "commitBuildArgs", CommitArgs.in(steps));
        }
        factIfAny(sink, "evaluations", CiSteps.found(CiSteps.EVALUATIONS, steps));
        if (root != null) {
            Set<String> promptPaths = new TreeSet<>();
            pathFilters(root, promptPaths, 0);
            factIfAny(sink, "promptPathFilters", List.copyOf(promptPaths));
        }
        if (platform.equals("github-actions")) {
            actions(steps, sink);
        }
        return true;
    }

    /** A workflow has jobs; a GitLab file has jobs with a script (or its global keywords); Azure has steps, jobs or stages. */
    private static boolean confirms(String platform, MapNode root) {
        return switch (platform) {
            case "github-actions" -> root.get("jobs") instanceof MapNode;
            case "azure-pipelines" -> root.get("steps") instanceof ListNode || root.get("jobs") instanceof ListNode
                    || root.get("stages") instanceof ListNode || root.get("extends") != null;
            default -> root.keys().stream().anyMatch(GITLAB_KEYWORDS::contains)
                    || root.entries().values().stream().anyMatch(v -> v instanceof MapNode job
                    && (job.get("script") != null || job.get("trigger") != null || job.get("extends") != null));
        };
    }

    /** {@code paths:} (GitHub) and {@code changes:} (GitLab) entries that watch prompt files. */
    private static void pathFilters(Node node, Set<String> out, int depth) {
        if (depth > 12) {
            return;
        }
        if (node instanceof MapNode map) {
            for (String key : map.keys()) {
                Node value = map.get(key);
                if ((key.equals("paths") || key.equals("changes")) && value instanceof ListNode list) {
                    for (Node item : list.items()) {
                        if (item instanceof ScalarNode scalar && scalar.value() instanceof String path
                                && path.toLowerCase(Locale.ROOT).contains("prompt")) {
                            out.add(path);
                        }
                    }
                } else {
                    pathFilters(value, out, depth + 1);
                }
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                pathFilters(item, out, depth + 1);
            }
        }
    }

    /** Third-party actions; a tag can be moved to other code, a full commit SHA cannot. */
    private static void actions(String text, FileSink sink) {
        int total = 0;
        int pinned = 0;
        com.google.re2j.Matcher uses = USES.matcher(text);
        while (uses.find()) {
            String ref = uses.group(1);
            if (ref.startsWith("./") || ref.startsWith("docker://")) {
                continue;
            }
            total++;
            int at = ref.lastIndexOf('@');
            if (at > 0 && FULL_SHA.matcher(ref.substring(at + 1)).matches()) {
                pinned++;
            }
        }
        sink.fact("actions", total);
        sink.fact("actionsPinned", pinned);
        if (total > 0) {
            sink.fact("actionsPinnedShare", Shares.of(pinned, total));
        }
    }

    private static void factIfAny(FileSink sink, String name, List<String> values) {
        if (!values.isEmpty()) {
            sink.fact(name, values);
        }
    }

    private static String withoutCommentLines(String text, String comment) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!line.stripLeading().startsWith(comment)) {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
