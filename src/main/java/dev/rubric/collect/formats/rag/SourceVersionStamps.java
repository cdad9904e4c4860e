package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxParser;
import dev.rubric.collect.read.syntax.SyntaxStrings;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxUnavailableException;
import dev.rubric.collect.tree.ParsedFile;
import java.util.Locale;

/**
 * Ingestion code that stamps every document with the version of its source
 * ({@code doc.metadata["export_version"] = export_version}): each indexed chunk, and each passage a
 * retriever returns, then says which version of the source it came from, even when the source is
 * given at run time. Read from the syntax tree: only an assignment to a {@code metadata} entry whose
 * key names a version, revision, snapshot or commit counts; reading such a key, or stamping a path or
 * a title, does not.
 */
final class SourceVersionStamps {
    private static final String[] VERSION_WORDS = {"version", "revision", "snapshot", "commit"};

    private SourceVersionStamps() {
    }

    /** The metadata key the file stamps a source version under, or null. */
    static String keyIn(ParsedFile file) {
        if (!file.text().contains("metadata[")) {
            return null;
        }
        SyntaxTree tree;
        try {
            tree = SyntaxParser.parse(Grammar.PYTHON, file.text());
        } catch (SyntaxUnavailableException e) {
            return null;
        }
        for (int node = 0; node < tree.size(); node++) {
            if (!tree.is(node, "assignment") || !tree.is(tree.child(node, "left"), "subscript")) {
                continue;
            }
            int target = tree.child(node, "left");
            int object = tree.child(target, "value");
            boolean metadata = tree.is(object, "attribute") && tree.text(tree.child(object, "attribute")).equals("metadata")
                    || tree.is(object, "identifier") && tree.text(object).equals("metadata");
            SyntaxStrings.Literal key = metadata ? SyntaxStrings.literal(tree, tree.child(target, "subscript")) : null;
            if (key != null && namesAVersion(key.value())) {
                return key.value();
            }
        }
        return null;
    }

    private static boolean namesAVersion(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String word : VERSION_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
