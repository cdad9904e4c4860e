package dev.rubric.collect.formats.agents;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.ModelRef;

/**
 * The model an agent runs on is recorded with its meaning: a passing mention of the same model in
 * the same file (a {@code model=} argument the inline prompt reader also saw) gives way to it.
 */
final class MeaningfulModels extends ForwardingSink {
    MeaningfulModels(SubjectSink next) {
        super(next);
    }

    @Override
    public void modelMention(ModelRef model) {
        super.model(model);
    }
}
