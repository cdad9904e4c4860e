package dev.rubric.collect.read.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxParserTest {

    @Test
    void offsetsAreCharIndexesEvenAfterNonAsciiText() {
        // "é" is 2 bytes in UTF-8 and "𝄞" 4 bytes (a surrogate pair in Java): byte offsets would drift
        String source = "# é𝄞 comment\nclient = OpenAI()\nmodel = \"gpt-4o\"\n";
        SyntaxTree tree = SyntaxParser.parse(Grammar.PYTHON, source);

        List<String> strings = texts(tree, "string");
        assertThat(strings).containsExactly("\"gpt-4o\"");
        int string = find(tree, "string");
        assertThat(tree.lineOf(tree.start(string))).isEqualTo(3);
        assertThat(tree.hasError()).isFalse();
    }

    @Test
    void topLevelNodesLeftOutAreAbsentAndTheRestIsTheSameTree() {
        String source = "import os\n\ndef skipped(a):\n    return a + 1\n\nMODEL = \"gpt-4o\"\n\n"
                + "def kept():\n    return f(model=MODEL)\n\ndef also_skipped():\n    pass\n";
        SyntaxTree full = SyntaxParser.parse(Grammar.PYTHON, source);
        // another String of the same text: the whole tree of this one would be shared
        SyntaxTree cut = SyntaxParser.parse(Grammar.PYTHON, new String(source),
                (type, start, end) -> !type.equals("function_definition") || source.substring(start, end).contains("kept"));

        assertThat(full.complete()).isTrue();
        assertThat(cut.complete()).isFalse();
        assertThat(texts(cut, "identifier")).containsExactly("os", "MODEL", "kept", "f", "model", "MODEL");
        // every node of the cut tree is the node of the full tree at the same place, with the same links
        List<String> fullNodes = new ArrayList<>();
        for (int node = 0; node < full.size(); node++) {
            if (full.parent(node) == full.root() && full.text(node).contains("skipped")) {
                node = full.subtreeEnd(node) - 1;
                continue;
            }
            fullNodes.add(describe(full, node));
        }
        List<String> cutNodes = new ArrayList<>();
        for (int node = 0; node < cut.size(); node++) {
            cutNodes.add(describe(cut, node));
        }
        assertThat(cutNodes).isEqualTo(fullNodes);
        assertThat(cut.subtreeEnd(cut.root())).isEqualTo(cut.size());
        int kept = find(cut, "function_definition");
        assertThat(cut.nextSibling(kept)).isEqualTo(SyntaxTree.NONE);
        assertThat(cut.text(cut.namedChild(cut.root(), 1))).isEqualTo("MODEL = \"gpt-4o\"");
        assertThat(cut.namedChild(cut.root(), 2)).isEqualTo(kept);
    }

    @Test
    void aTreeWhoseTopLevelIsAllLeftOutIsTheRootAlone() {
        String source = "def a():\n    pass\n\ndef b():\n    pass\n";
        SyntaxTree cut = SyntaxParser.parse(Grammar.PYTHON, source, (type, start, end) -> false);
        assertThat(cut.size()).isEqualTo(1);
        assertThat(cut.type(cut.root())).isEqualTo("module");
        assertThat(cut.firstChild(cut.root())).isEqualTo(SyntaxTree.NONE);
        assertThat(cut.complete()).isFalse();
    }

    /** A node by what a reader sees of it: type, text, field, parent, descendants (siblings are checked apart). */
    private static String describe(SyntaxTree tree, int node) {
        int parent = tree.parent(node);
        String type = tree.type(node);
        return type + " [" + (type.equals("module") ? "" : tree.text(node)) + "] " + tree.field(node) + " in "
                + (parent == SyntaxTree.NONE ? "-" : tree.type(parent)) + " descendants "
                + (type.equals("module") ? "" : tree.subtreeEnd(node) - node);
    }

    @Test
    void theParsersOfOneFileShareOneTree() throws Exception {
        String source = "from langfuse import Langfuse\nclient = OpenAI()\nlangfuse = Langfuse()\n";
        SyntaxTree first = SyntaxParser.parse(Grammar.PYTHON, source);
        SyntaxTree second = SyntaxParser.parse(Grammar.PYTHON, source);
        assertThat(second).isSameAs(first);
        assertThat(texts(second, "call")).containsExactly("OpenAI()", "Langfuse()");
        // a reader that would leave functions out gets the whole tree it would have been a part of
        assertThat(SyntaxParser.parse(Grammar.PYTHON, source, (type, start, end) -> false)).isSameAs(first);

        assertThat(SyntaxParser.parse(Grammar.PYTHON, new String(source))).as("another file with the same text").isNotSameAs(first);
        assertThat(SyntaxParser.parse(Grammar.JAVASCRIPT, source).grammar()).isEqualTo(Grammar.JAVASCRIPT);
        SyntaxTree[] elsewhere = new SyntaxTree[1];
        Thread other = new Thread(() -> elsewhere[0] = SyntaxParser.parse(Grammar.PYTHON, source));
        other.start();
        other.join();
        assertThat(elsewhere[0]).as("another thread parses for itself").isNotSameAs(first);
        assertThat(texts(elsewhere[0], "call")).isEqualTo(texts(first, "call"));
    }

    @Test
    void aTreeWithNodesLeftOutIsNeverShared() {
        String source = "def a():\n    return f()\n";
        SyntaxTree cut = SyntaxParser.parse(Grammar.PYTHON, source, (type, start, end) -> false);
        SyntaxTree whole = SyntaxParser.parse(Grammar.PYTHON, source);
        assertThat(whole).isNotSameAs(cut);
        assertThat(whole.complete()).isTrue();
        assertThat(texts(whole, "call")).containsExactly("f()");
    }

    @Test
    void fieldsAndSiblingsMatchTheGrammar() {
        SyntaxTree tree = SyntaxParser.parse(Grammar.PYTHON, "f(model=\"a\", temperature=0)\n");
        int call = find(tree, "call");
        int arguments = tree.child(call, "arguments");
        assertThat(tree.text(tree.child(call, "function"))).isEqualTo("f");
        int first = tree.namedChild(arguments, 0);
        int second = tree.namedChild(arguments, 1);
        assertThat(tree.text(tree.child(first, "name"))).isEqualTo("model");
        assertThat(tree.text(tree.child(second, "value"))).isEqualTo("0");
        assertThat(tree.namedChild(arguments, 2)).isEqualTo(SyntaxTree.NONE);
        assertThat(tree.ancestor(first, "call")).isEqualTo(call);
        assertThat(tree.subtreeEnd(tree.root())).isEqualTo(tree.size());
    }

    @Test
    void aTypeAnnotationIsNotAnAssignedValue() {
        SyntaxTree tree = SyntaxParser.parse(Grammar.PYTHON, "class A:\n    model: \"PreTrainedModel\"\n    name = \"gpt-4o\"\n");
        assertThat(tree.sExpression(tree.root())).contains("type: (type (string").contains("right: (string");
    }

    @Test
    void badSyntaxStillGivesATree() {
        SyntaxTree tree = SyntaxParser.parse(Grammar.JAVA, "class A { void f( { String s = \"x\"; }");
        assertThat(tree.hasError()).isTrue();
        assertThat(texts(tree, "string_literal")).containsExactly("\"x\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a.py|PYTHON|x = 'gpt-4o'|string",
            "a.ts|TYPESCRIPT|const x: string = 'gpt-4o';|string",
            "a.tsx|TSX|const x = <div title='gpt-4o'/>;|string",
            "a.jsx|JAVASCRIPT|const x = <div title='gpt-4o'/>;|string",
            "A.java|JAVA|class A { String x = \"gpt-4o\"; }|string_literal",
            "a.kt|KOTLIN|val x = \"gpt-4o\"|string_literal",
            "a.go|GO|package a; var x = \"gpt-4o\"|interpreted_string_literal",
            "A.cs|CSHARP|class A { string x = \"gpt-4o\"; }|string_literal"})
    void everyGrammarLoadsAndFindsTheLiteral(String file, Grammar expected, String source, String literalType) {
        Grammar grammar = Grammar.forFile(file);
        assertThat(grammar).isEqualTo(expected);
        SyntaxTree tree = SyntaxParser.parse(grammar, source.replace("\\n", "\n"));
        assertThat(tree.hasError()).as(tree.sExpression(tree.root())).isFalse();
        assertThat(texts(tree, literalType)).singleElement().asString().contains("gpt-4o");
    }

    @Test
    void parsersAreUsableFromManyThreads() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        SyntaxTree tree = SyntaxParser.parse(Grammar.PYTHON, "x = " + i + "\n");
                        assertThat(texts(tree, "integer")).containsExactly(String.valueOf(i));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    private static int find(SyntaxTree tree, String type) {
        for (int n = 0; n < tree.size(); n++) {
            if (tree.is(n, type)) {
                return n;
            }
        }
        throw new AssertionError("no " + type + " in " + tree.sExpression(tree.root()));
    }

    private static List<String> texts(SyntaxTree tree, String type) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < tree.size(); n++) {
            if (tree.is(n, type)) {
                out.add(tree.text(n));
            }
        }
        return out;
    }
}
