package dev.rubric.collect.git;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.Prompt;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notes the paths of the files (with their kinds) and prompts the walker reports, on their way
 * to the evidence: git then knows which paths to read history for without reading the evidence
 * back. The walker reports from its parsing pool, hence the concurrent collections.
 */
final class PathsSeen extends ForwardingSink {
    private final Map<String, String> fileKinds = new ConcurrentHashMap<>();
    private final Set<String> promptPaths = ConcurrentHashMap.newKeySet();

    PathsSeen(SubjectSink next) {
        super(next);
    }

    @Override
    public void file(ArtifactFile file) {
        fileKinds.put(file.path(), file.kind());
        super.file(file);
    }

    @Override
    public void prompt(Prompt prompt) {
        promptPaths.add(prompt.location().path());
        super.prompt(prompt);
    }

    /** Path → kind of every artifact file reported. */
    Map<String, String> files() {
        return Map.copyOf(fileKinds);
    }

    /** The paths holding at least one prompt (a prompt file, code with inline prompts, a ConfigMap). */
    Set<String> prompts() {
        return Set.copyOf(promptPaths);
    }
}
