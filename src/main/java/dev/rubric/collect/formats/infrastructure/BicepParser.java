package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.tree.TreeInput;
import dev.rubric.evidence.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Azure Bicep files that declare model deployments (see {@link BicepDeployments}) or container apps
 * (see {@link BicepWorkloads}: local modules a file calls are read from the audited tree). Bicep is read
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
        // both deployment shapes name their collection: a resource type …/deployments, a module parameter
        // …Deployments; a container app or App Service app is a resource type, a module path, or a module a file calls
        boolean deployments = Needles.contains(file, "eployments");
        if (!deployments && !Needles.contains(file, "ontainerApps") && !Needles.contains(file, "container-app")
                && !Needles.contains(file, "Web/sites") && !Needles.contains(file, "module ")) {
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
        List<DeploymentDraft> drafts = deployments ? BicepDeployments.read(bicep) : List.of();
        List<Workload> workloads = BicepWorkloads.read(bicep, file.subjectId(), file.sourceId(), file.relativePath(),
                path -> module(file, path));
        if (drafts.isEmpty() && workloads.isEmpty()) {
            return false;
        }
        DeploymentDraft.emitAll(drafts, file.subjectId(), sink);
        workloads.forEach(sink::workload);
        sink.classify("infra", "bicep", "parsed");
        return true;
    }

    /**
     * A local module the file calls, by its path relative to the file; null when it is outside the
     * audited tree, missing, or unreadable (its own parse reports why).
     */
    private static BicepFile module(ParsedFile file, String path) {
        if (file.tree().isEmpty()) {
            return null;
        }
        try {
            Path resolved = Path.of(file.relativePath()).resolveSibling(path).normalize();
            if (resolved.startsWith("..") || resolved.isAbsolute()) {
                return null;
            }
            TreeInput.Blob blob = file.tree().get().file(resolved.toString().replace('\\', '/'));
            return blob == null ? null : BicepFile.read(new String(blob.read(), StandardCharsets.UTF_8));
        } catch (IOException | InvalidPathException | InfraLexer.LexException | ExprParser.SyntaxException e) {
            return null;
        }
    }
}
