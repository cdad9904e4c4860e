package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.LocatedSink;
import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.ParsedFile;

/** Where a prompt of a parsed file sits, spelled from the file so each parser need not. */
final class PromptSites {
    private PromptSites() {
    }

    static PromptEvidence.Site wholeFile(ParsedFile file) {
        return PromptEvidence.Site.wholeFile(file.subjectId(), file.carrier());
    }

    static PromptEvidence.Site inConfig(ParsedFile file, String id, int line) {
        return PromptEvidence.Site.inConfig(id, line, file.carrier());
    }

    /** A whole prompt file: the hash covers the file as stored, front matter included. */
    static void emitWholeFile(ParsedFile file, LocatedSink sink, String format, PromptFacts facts) {
        PromptEvidence.emit(sink, wholeFile(file), format, facts, file.text(), null);
    }
}
