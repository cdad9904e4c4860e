package dev.rubric.engine;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.ArtifactFile;

/** Counts the artifact files on their way into the evidence, for the progress line; changes nothing. */
final class ProgressSink extends ForwardingSink {
    private final CollectProgress progress;

    ProgressSink(SubjectSink next, CollectProgress progress) {
        super(next);
        this.progress = progress;
    }

    @Override
    public void file(ArtifactFile file) {
        progress.fileFound();
        super.file(file);
    }
}
