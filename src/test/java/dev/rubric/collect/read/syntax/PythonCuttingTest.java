package dev.rubric.collect.read.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cutting the top-level functions a reader declines out of the text before the parse must give
 * exactly the tree the whole parse gives with those functions left out, every node where it was written.
 */
class PythonCuttingTest {
    /** Declines every function whose text does not mention "keep". */
    private static final SyntaxParser.TopLevel KEEP_MARKED = (type, start, end) -> true;

    private static SyntaxParser.TopLevel keepMarked(String source) {
        return (type, start, end) -> !(type.equals("function_definition") || type.equals("decorated_definition"))
                || source.substring(start, end).contains("keep");
    }

    static Stream<String> tricky() {
        return Stream.of(
                // a column-0 line inside a triple-quoted string is no statement
                "def a():\n    x = \"\"\"\nnot a statement\n\"\"\"\n    return x\n\nMODEL = 'gpt-4o'\n\ndef keep():\n    return MODEL\n",
                // nor one inside brackets, nor after a backslash
                "def a():\n    return f(1,\n2)\n\nY = 1 + \\\n2\n\ndef b():\n    pass\nZ = [\n'x']\n",
                // decorators, async, classes (never blanked), and a decorated class
                "@dec\n@other(1)\ndef a():\n    pass\n\nasync def b():\n    await c()\n\nclass C:\n    def m(self):\n        pass\n\n"
                        + "@dataclass\nclass D:\n    x: int = 1\n\n@dec\nasync def keep():\n    pass\n",
                // comments at column 0 inside and after a function, and a trailing indented one
                "def a():\n    x = 1\n# inside\n    return x\n    # trailing\n# after\n\nV = 2\n",
                // strings with escaped quotes, raw and f-strings, one-line strings that hold '#' and brackets
                "def a():\n    s = 'it\\'s ( # not a comment'\n    r = r\"\\\"\"\n    f = f\"{d['k']} [\"\n    return s\n\nW = \"(\"\n",
                // several statements on one line, CRLF line breaks, a form feed
                "import os; import sys\r\ndef a():\r\n    return 1\r\n\f\r\ndef keep():\r\n    return 2\r\nX = 3\r\n",
                // a function at the end without a final line break, and one whose body is on its line
                "def a(): return 1\ndef b():\n    return 2",
                // an unterminated triple-quoted string: the whole parse and the fallback agree
                "def a():\n    return 1\nX = \"\"\"never closed\ndef b():\n    pass\n",
                // a syntax error inside a declined function
                "def a(:\n    return 1\n\nX = 1\n\ndef keep():\n    return X\n",
                // nested quotes in a 3.12 f-string
                "def a():\n    return f\"{x[\"k\"]}\"\n\nX = 1\n",
                // a string that ends on a line starting with '#' ends its function there, not a line above
                "def a():\n    return \"\"\"\n# keep me\"\"\"\n\ndef b():\n    pass\n# after\nX = 1\n",
                // a form feed before a definition leaves it at column 0
                "def a():\n    pass\n\fdef b():\n    pass\nX = 1\n\f\fdef keep():\n    return X\n",
                // clauses at column 0 continue the statement above
                "if X:\n    def a():\n        pass\nelse:\n    pass\ntry:\n    import y\nexcept ImportError:\n    y = None\n"
                        + "finally:\n    pass\n\ndef b():\n    pass\n",
                // non-ASCII text before and inside functions
                "# é𝄞\ndef a():\n    return \"𝄞 é\"\n\nMODEL = \"é\"\ndef keep():\n    return MODEL\n");
    }

    @ParameterizedTest
    @MethodSource("tricky")
    void cutTreeIsTheTreeWithTheFunctionsLeftOut(String source) {
        assertSameTree(source);
        boolean broken = source.contains("never closed") || source.contains("def a(:");
        assertThat(SyntaxParser.parseCut(SyntaxParser.parser(Grammar.PYTHON), Grammar.PYTHON.loaded(), source,
                keepMarked(source)))
                .as("cut, not parsed whole: " + source)
                .matches(tree -> broken == (tree == null));
    }

    @Test
    void everyPythonFixtureParsesToTheSameTreeCutOrNot() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            String source = Files.readString(file);
            assertSameTree(source);
            // and with the functions on every second line declined, whatever they hold
            SyntaxParser.TopLevel alternate = (type, start, end) -> !(type.equals("function_definition")
                    || type.equals("decorated_definition")) || source.substring(0, start).lines().count() % 2 == 0;
            assertThat(nodes(SyntaxParser.parseNow(Grammar.PYTHON, source, alternate, true))).as(file.toString())
                    .isEqualTo(nodes(SyntaxParser.parseNow(Grammar.PYTHON, source, alternate, false)));
        }
    }

    @Test
    void theLexicalPassFindsStatementStartsOnly() {
        String source = "X = (1,\n2)\n\"\"\"\nY = 1\n\"\"\"\n# c\n  \nZ = 'a' \\\n  'b'\n@d\ndef f():\n    pass\n";
        PythonStatements statements = PythonStatements.of(source);
        assertThat(statements.starts).containsExactly(0, source.indexOf("\"\"\""), source.indexOf("Z ="), source.indexOf("@d"));
    }

    @Test
    void nothingDeclinedMeansNothingCut() {
        String source = "def keep():\n    pass\n";
        assertThat(PythonStatements.of(source).cut(source, keepMarked(source))).isNull();
        assertThat(PythonStatements.of(source).cut(source, KEEP_MARKED)).isNull();
    }

    @Test
    void cuttingLeavesTheLineBreakAfterAFunctionAndFindsEveryOffsetAgain() {
        String source = "A = 0\r\ndef a():\r\n    return 'é'\r\n\r\nX = 1\r\ndef b(): pass";
        CutSource cut = PythonStatements.of(source).cut(source, keepMarked(source));
        // the cut ends where the function's last line does, before its line break
        assertThat(cut.text).isEqualTo("A = 0\r\n\n\r\nX = 1\r\n");
        assertThat(cut.keptStarts).containsExactly(0, cut.text.indexOf('X'));
        assertThat(cut.sourceStart(cut.text.indexOf('X'))).isEqualTo(source.indexOf('X'));
        assertThat(cut.sourceStart(cut.text.indexOf('\r'))).as("before the first cut").isEqualTo(source.indexOf('\r'));
        int firstCut = "A = 0\r\n".length();
        assertThat(cut.sourceStart(firstCut)).as("a start where a function was cut is after it").isEqualTo(source.indexOf("\n\r\nX"));
        assertThat(cut.sourceEnd(firstCut)).as("an end there is before it").isEqualTo(firstCut);
        assertThat(cut.sourceEnd(cut.text.length())).as("the end of the text, a function cut there").isEqualTo(source.length());
    }

    private static void assertSameTree(String source) {
        SyntaxTree blanked = SyntaxParser.parseNow(Grammar.PYTHON, source, keepMarked(source), true);
        SyntaxTree whole = SyntaxParser.parseNow(Grammar.PYTHON, source, keepMarked(source), false);
        assertThat(nodes(blanked)).as(source).isEqualTo(nodes(whole));
        assertThat(blanked.complete()).isEqualTo(whole.complete());
        assertThat(blanked.source()).isSameAs(source);
    }

    /**
     * Every node as a reader sees it, with its place and its parent. Comments are left out: one
     * written just before a blanked function can be missing from the blanked tree (tree-sitter's
     * Python scanner folds it into the white space that follows), and no reader reads comments.
     */
    private static List<String> nodes(SyntaxTree tree) {
        List<String> out = new ArrayList<>();
        for (int node = 0; node < tree.size(); node++) {
            if (tree.type(node).equals("comment")) {
                continue;
            }
            int parent = tree.parent(node);
            out.add(tree.type(node) + " " + tree.start(node) + "-" + tree.end(node) + " " + tree.field(node) + " named "
                    + tree.named(node) + " in " + (parent == SyntaxTree.NONE ? "-" : tree.type(parent) + "@" + tree.start(parent)));
        }
        return out;
    }
}
