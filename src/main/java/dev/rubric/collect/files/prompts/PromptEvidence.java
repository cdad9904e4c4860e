package dev.rubric.collect.files.prompts;

import dev.rubric.collect.files.FileSink;
import dev.rubric.collect.files.ParsedFile;
import dev.rubric.collect.refs.ModelPinning;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.Prompt;
import java.util.List;

/** Turns the facts of a prompt file into one Prompt and, when it names a model, one ModelRef. */
final class PromptEvidence {
    private PromptEvidence() {
    }

    static void emit(ParsedFile file, FileSink sink, String format, PromptFacts facts) {
        String id = file.subjectId();
        Location location = sink.location(1);
        ModelPinning.Verdict verdict = facts.model() == null ? null
                : ModelPinning.classify(facts.model(), null, facts.modelOrigin());
        String provider = facts.modelProvider() != null ? facts.modelProvider()
                : verdict == null ? null : verdict.provider();
        boolean declared = facts.declaredVariables() != null && !facts.declaredVariables().isEmpty();
        List<String> variables = declared ? facts.declaredVariables() : Placeholders.roots(facts.body());
        sink.prompt(new Prompt(id, location, format, facts.name(), facts.version(), facts.variant(),
                facts.description(), facts.model(), provider, verdict == null ? null : verdict.pinning(),
                facts.parameters(), variables, declared, false, facts.templateFormat(),
                PromptText.sha256(file.text()), PromptText.excerpt(facts.body()), file.carrier(), null));
        if (verdict != null) {
            sink.model(new ModelRef(id + "#model", location, verdict.name(), provider, null,
                    verdict.pinning(), verdict.reason(), id, "model"));
        }
    }
}
