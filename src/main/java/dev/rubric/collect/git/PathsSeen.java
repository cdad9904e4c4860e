package dev.rubric.collect.git;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.ArtifactFile;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notes the paths of the files the walker reports, on their way to the evidence: git then knows
 * which paths to read history for without reading the evidence back. Every prompt lies in a file
 * the walker records, so these paths cover the prompts too. The walker reports from its parsing
 * pool, hence the concurrent set.
 */
final class PathsSeen extends ForwardingSink {
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    PathsSeen(SubjectSink next) {
        super(next);
    }

    @Override
    public void file(ArtifactFile file) {
        files.add(file.path());
        super.file(file);
    }

    /** The path of every artifact file reported. */
    Set<String> files() {
        return Set.copyOf(files);
    }
}
