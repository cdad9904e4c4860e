package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxTree;

/**
 * A Python module's {@code if __name__ == "__main__":} block: what runs when the file is started
 * as a script, not when the application imports it. A string assigned there to a name like
 * {@code instructions} or {@code prompt} is the sample input of a try-out run, not a prompt the
 * system sends. Functions the block calls are defined outside it and are read as usual.
 */
final class ScriptEntryBlock {
    private ScriptEntryBlock() {
    }

    /** Whether {@code node} lies in a module-level {@code if __name__ == "__main__":} block of a Python file. */
    static boolean contains(SyntaxTree tree, int node) {
        if (tree.grammar() != Grammar.PYTHON || node == SyntaxTree.NONE) {
            return false;
        }
        for (int block = tree.ancestor(node, "if_statement"); block != SyntaxTree.NONE; block = tree.ancestor(block, "if_statement")) {
            if (tree.parent(block) == tree.root() && isMainCheck(tree, tree.child(block, "condition"))) {
                // its else branch runs when the module is imported
                int body = tree.child(block, "consequence");
                return body != SyntaxTree.NONE && node >= body && node < tree.subtreeEnd(body);
            }
        }
        return false;
    }

    /** {@code __name__ == "__main__"}, either way round, with either quote. */
    private static boolean isMainCheck(SyntaxTree tree, int condition) {
        if (!tree.is(condition, "comparison_operator")) {
            return false;
        }
        String text = tree.text(condition).replaceAll("\\s+", "").replace('\'', '"');
        return text.equals("__name__==\"__main__\"") || text.equals("\"__main__\"==__name__");
    }
}
