package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Prompt;
import java.util.List;

/**
 * Turns the facts of one prompt into a Prompt and, when it names a model, one ModelRef. Whole
 * prompt files, prompts inside configs (promptfoo, Haystack, Dify) and literals in code all go
 * through here, so they are described with the same fields.
 */
final class PromptEvidence {
    private PromptEvidence() {
    }

    /**
     * Where one prompt sits. {@code recordModel} is false when another family owns the model
     * reference (an Ollama Modelfile's FROM belongs to its serving config).
     */
    record Site(String id, int line, boolean inline, String carrier, String call, boolean recordModel) {
        /** A prompt that is a whole file, or a whole embedded value. */
        static Site wholeFile(ParsedFile file) {
            return new Site(file.subjectId(), 1, false, file.carrier(), null, true);
        }

        /** A prompt that is one entry of a config file: "config" as a file, or still its outer carrier. */
        static Site inConfig(ParsedFile file, String id, int line) {
            return new Site(id, line, true, file.carrier().equals("file") ? "config" : file.carrier(), null, true);
        }
    }

    /** A whole prompt file: the hash covers the file as stored, front matter included. */
    static void emit(ParsedFile file, FileSink sink, String format, PromptFacts facts) {
        emit(sink, Site.wholeFile(file), format, facts, file.text(), null);
    }

    /**
     * @param hashed   the text whose SHA-256 identifies the prompt
     * @param inferred the variables the template uses when none are declared; null reads Handlebars,
     *                 Mustache and Jinja placeholders from the body
     */
    static void emit(FileSink sink, Site site, String format, PromptFacts facts, String hashed, List<String> inferred) {
        Location location = sink.location(site.line());
        ModelPinning.Verdict verdict = facts.model() == null ? null
                : ModelPinning.classify(facts.model(), null, facts.modelOrigin());
        String provider = facts.modelProvider() != null ? facts.modelProvider()
                : verdict == null ? null : verdict.provider();
        String body = facts.body() == null ? "" : facts.body();
        boolean declared = facts.declaredVariables() != null && !facts.declaredVariables().isEmpty();
        List<String> variables = declared ? facts.declaredVariables()
                : inferred != null ? inferred : Placeholders.roots(body);
        sink.prompt(new Prompt(site.id(), location, format, facts.name(), facts.version(), facts.variant(),
                facts.description(), facts.model(), provider, verdict == null ? null : verdict.pinning(),
                facts.parameters(), variables, declared, site.inline(), facts.templateFormat(),
                hashed == null ? null : PromptText.sha256(hashed), PromptText.excerpt(body), site.carrier(), site.call()));
        if (verdict != null && site.recordModel()) {
            ModelRefs.record(sink, site.id(), "model", "model",
                    new ModelRefs.Reference(facts.model(), null, facts.modelOrigin(), provider), location);
        }
    }
}
