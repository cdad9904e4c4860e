package dev.rubric.collect.read.prompts;

import dev.rubric.collect.LocatedSink;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Prompt;
import java.util.List;

/**
 * Turns the facts of one prompt into a Prompt and, when it names a model, one ModelRef. Whole
 * prompt files, prompts inside configs (promptfoo, Haystack, Dify) and literals in code all go
 * through here, so they are described with the same fields; the rag and serving families read
 * prompts too (a Haystack pipeline's builders, a Modelfile's SYSTEM), hence read/.
 */
public final class PromptEvidence {
    private PromptEvidence() {
    }

    /**
     * Where one prompt sits. {@code recordModel} is false when another family owns the model
     * reference (an Ollama Modelfile's FROM belongs to its serving config).
     */
    public record Site(String id, int line, boolean inline, String carrier, String call, boolean recordModel) {
        /** A prompt that is a whole file, or a whole embedded value. */
        public static Site wholeFile(String subjectId, String carrier) {
            return new Site(subjectId, 1, false, carrier, null, true);
        }

        /**
         * A prompt that is one entry of a config file: "config" when the file stands alone, or still
         * the outer carrier when the config is embedded in something else.
         */
        public static Site inConfig(String id, int line, String fileCarrier) {
            return new Site(id, line, true, fileCarrier.equals("file") ? "config" : fileCarrier, null, true);
        }
    }

    /**
     * @param hashed   the text whose SHA-256 identifies the prompt
     * @param inferred the variables the template uses when none are declared; null reads Handlebars,
     *                 Mustache and Jinja placeholders from the body
     */
    public static void emit(LocatedSink sink, Site site, String format, PromptFacts facts, String hashed, List<String> inferred) {
        if (ChatTemplates.isChatTemplate(facts.body())) {
            // a tokenizer chat template in a prompt's place (a string in code, a ConfigMap key) is no prompt
            return;
        }
        Location location = sink.location(site.line());
        ModelPinning.Verdict verdict = !ModelRefs.namesAModel(facts.model()) ? null
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
                    new ModelRefs.Reference(facts.model(), null, facts.modelOrigin(), provider),
                    facts.modelLine() > 0 ? sink.location(facts.modelLine()) : location);
        }
    }
}
