package dev.rubric.collect.formats.supplychain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The supply-chain steps a CI definition can contain, each recognised by the action, tool or
 * flag that performs it. The same table serves GitHub, GitLab, Azure and Jenkins, since the
 * commands inside their steps are the same.
 */
final class CiSteps {
    static final Map<String, Pattern> IMAGE_BUILDERS = table(
            "docker/build-push-action", "docker/build-push-action@",
            "docker build", "\\bdocker\\s+(buildx\\s+build|build|image\\s+build)\\b",
            "buildah", "\\bbuildah\\s+(bud|build)\\b|redhat-actions/buildah-build@",
            "kaniko", "kaniko",
            "podman build", "\\bpodman\\s+build\\b",
            "jib", "\\bjib(:build|dockerbuild|\\b)");
    static final Map<String, Pattern> PROVENANCE = table(
            "buildkit provenance mode=max", "provenance:\\s*[\"']?mode=max|--provenance[= ][\"']?mode=max|--attest[= ][\"']?type=provenance[^\\s\"']*mode=max",
            "buildkit provenance", "provenance:\\s*[\"']?(true|mode=min)|--provenance[= ][\"']?(true|mode=min)|--attest[= ][\"']?type=provenance(?![^\\s\"']*mode=max)",
            "actions/attest-build-provenance", "actions/attest-build-provenance@",
            "slsa-github-generator", "slsa-framework/slsa-github-generator",
            "cosign attest", "\\bcosign\\s+attest\\b");
    static final Map<String, Pattern> SBOM = table(
            "buildkit sbom", "sbom:\\s*[\"']?true|--sbom[= ][\"']?true|--attest[= ][\"']?type=sbom",
            "anchore/sbom-action", "anchore/sbom-action@",
            "syft", "\\bsyft\\b",
            "cyclonedx", "cyclonedx",
            "cdxgen", "\\bcdxgen\\b",
            "trivy sbom", "\\btrivy\\b[^\\n]*--format[= ](cyclonedx|spdx)",
            "actions/attest-sbom", "actions/attest-sbom@");
    static final Map<String, Pattern> SIGNING = table(
            "cosign", "\\bcosign\\s+sign\\b|sigstore/cosign-installer@",
            "sigstore", "sigstore/gh-action-sigstore-python@|\\bsigstore\\s+sign\\b",
            "github attestation", "actions/attest-(build-provenance|sbom)@|actions/attest@",
            "notation", "\\bnotation\\s+sign\\b");
    static final Map<String, Pattern> LABELS = table(
            "docker/metadata-action", "docker/metadata-action@",
            "labels input", "(?m)^\\s*labels:\\s*\\S",
            "--label", "--label[= ][\"']?org\\.opencontainers\\.image\\.");
    static final Map<String, Pattern> EVALUATIONS = table(
            "promptfoo", "\\bpromptfoo\\b",
            "ragas", "\\bragas\\b",
            "deepeval", "\\bdeepeval\\b",
            "mlflow evaluate", "mlflow\\.evaluate|mlflow\\s+models\\s+evaluate",
            "pytest eval marker", "\\bpytest\\b[^\\n]*\\s-m\\s+[\"']?[\\w\\s]*eval",
            "lm-evaluation-harness", "\\blm_eval\\b|lm-evaluation-harness",
            "openai evals", "\\boaieval\\b",
            "inspect", "\\binspect\\s+eval\\b",
            // the repository's own evaluation module or script (python -m evaluate, python evals/run.py):
            // a path segment named eval(s), evaluate or evaluation(s), not pip installing a package of that name
            "python evaluation script",
            "\\bpython3?(?:\\s+-[A-Za-z]+)*\\s+(?:-m\\s+)?(?:[\\w-]+[/.])*(?:evals?|evaluate|evaluations?)(?:\\.py)?(?![\\w-])");

    private CiSteps() {
    }

    /** The names from {@code table} whose pattern occurs in {@code text}, sorted. */
    static List<String> found(Map<String, Pattern> table, String text) {
        Set<String> out = new TreeSet<>();
        table.forEach((name, pattern) -> {
            if (pattern.matcher(text).find()) {
                out.add(name);
            }
        });
        return List.copyOf(out);
    }

    private static Map<String, Pattern> table(String... pairs) {
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], Pattern.compile(pairs[i + 1], Pattern.CASE_INSENSITIVE));
        }
        return out;
    }
}
