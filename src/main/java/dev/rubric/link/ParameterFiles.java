package dev.rubric.link;

import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.Evidence;
import java.util.HashMap;
import java.util.Map;

/**
 * The ARM parameters files of the evidence ({@code parameters} facts of {@code main.parameters.json}),
 * found from the template they belong to: the file beside it with the same base name, in the same
 * source, the convention of azd and the ARM tools. Each parameter maps to its binding:
 * {@code value}, {@code env} (azd's {@code ${VAR=default}}) and {@code line}.
 */
final class ParameterFiles {
    private final Map<String, Map<?, ?>> byPath = new HashMap<>();

    static ParameterFiles of(Evidence evidence) {
        ParameterFiles out = new ParameterFiles();
        for (ArtifactFile file : evidence.files()) {
            if (file.facts() != null && file.facts().get("parameters") instanceof Map<?, ?> parameters) {
                out.byPath.put(file.location().source() + '\u0000' + file.path(), parameters);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return byPath.isEmpty();
    }

    /** The parameters of the template at {@code templatePath} in {@code source}; null when it has no parameters file. */
    Map<?, ?> of(String source, String templatePath) {
        return templatePath == null ? null : byPath.get(source + '\u0000' + path(templatePath));
    }

    /** {@code infra/main.bicep} → {@code infra/main.parameters.json}. */
    static String path(String templatePath) {
        int dot = templatePath.lastIndexOf('.');
        int slash = templatePath.lastIndexOf('/');
        String base = dot > slash ? templatePath.substring(0, dot) : templatePath;
        return base + ".parameters.json";
    }
}
