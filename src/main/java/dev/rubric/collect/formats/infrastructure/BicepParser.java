package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.List;

/**
 * Azure Bicep files that declare model deployments (see {@link BicepDeployments}). Bicep is read
 * with a tokenizer and a declaration reader of its own ({@link BicepFile}): no Bicep grammar is
 * published for the JVM. A file the reader cannot follow is an {@code errors} entry at the
 * position where it stopped.
 */
public final class BicepParser extends FormatParser {
    public BicepParser() {
        super("infrastructure", Signature.of(Signature.weak("*.bicep")));
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        // both shapes name their collection: a resource type …/deployments, a module parameter …Deployments
        if (!Needles.contains(file, "eployments")) {
            return false;
        }
        String text = file.text();
        BicepFile bicep;
        try {
            bicep = BicepFile.read(text);
        } catch (InfraLexer.LexException e) {
            sink.error(e.line, e.column, "cannot read Bicep: " + e.getMessage());
            return false;
        } catch (ExprParser.SyntaxException e) {
            sink.error(e.line, e.column, "cannot read Bicep: " + e.getMessage());
            return false;
        }
        List<DeploymentDraft> drafts = BicepDeployments.read(bicep);
        if (drafts.isEmpty()) {
            return false;
        }
        DeploymentDraft.emitAll(drafts, file.subjectId(), sink);
        sink.classify("infra", "bicep", "parsed");
        return true;
    }
}
