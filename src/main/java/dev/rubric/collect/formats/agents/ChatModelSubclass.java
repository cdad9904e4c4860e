package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.calls.LocalModules;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.List;

/**
 * A chat model class the repository writes on top of a library's ({@code class ChatLLM(ChatOpenAI)},
 * in the same file or a module it imports), whose {@code __init__} sets the model the library class
 * is given: {@code kwargs.setdefault("model", name)}, {@code kwargs["model"] = name} or
 * {@code super().__init__(model=name)}. An agent built with {@code ChatLLM()} runs on that model.
 * A class whose bases are all the repository's own, or whose {@code __init__} sets no model, is not
 * read: what it passes on is not known here.
 */
final class ChatModelSubclass {
    /** The module holding the class, and the expression its {@code __init__} gives as the model. */
    record Found(CodeFile code, String path, int model) {
    }

    private ChatModelSubclass() {
    }

    /** The model {@code call} (a constructor call) sets through a subclass of the repository's, or null. */
    static Found of(LocalModules modules, CodeFile code, String path, Call call, List<String> modelKeywords) {
        if (code.tree().grammar() != Grammar.PYTHON) {
            return null;
        }
        LocalModules.Definition found = modules.calleeOf(code, path, call);
        if (found == null || !found.code().tree().is(found.node(), "class_definition") || !extendsLibrary(modules, found)) {
            return null;
        }
        int init = ClassMethods.method(found.code().tree(), found.node(), "__init__");
        int model = init == SyntaxTree.NONE ? SyntaxTree.NONE : modelSet(found.code(), init, modelKeywords);
        return model == SyntaxTree.NONE ? null : new Found(found.code(), found.path(), model);
    }

    /** Some base class is imported from a library: a module that is no file of the repository. */
    private static boolean extendsLibrary(LocalModules modules, LocalModules.Definition found) {
        SyntaxTree tree = found.code().tree();
        int bases = tree.child(found.node(), "superclasses");
        for (int base = bases == SyntaxTree.NONE ? SyntaxTree.NONE : tree.firstChild(bases); base != SyntaxTree.NONE;
                base = tree.nextSibling(base)) {
            if (!tree.is(base, "identifier") && !tree.is(base, "attribute")) {
                continue;
            }
            String name = tree.text(base);
            String qualified = found.code().imports().qualify(name);
            if (!qualified.equals(name) && !qualified.startsWith(".") && modules.definition(found.path(), qualified) == null) {
                return true;
            }
        }
        return false;
    }

    /** The value {@code __init__} gives the model keyword, or NONE. */
    private static int modelSet(CodeFile code, int init, List<String> modelKeywords) {
        SyntaxTree tree = code.tree();
        int end = tree.subtreeEnd(init);
        String kwargs = keywordsParameter(tree, init);
        for (Call call : code.calls()) {
            if (call.form() != Call.Form.CALL || call.node() <= init || call.node() >= end) {
                continue;
            }
            if (call.callee().equals(kwargs + ".setdefault") && modelKeywords.contains(code.string(call.positional(0)))) {
                return call.positional(1);
            }
            if (call.callee().equals("super().__init__")) {
                for (String keyword : modelKeywords) {
                    if (call.keyword(keyword) != SyntaxTree.NONE) {
                        return call.keyword(keyword);
                    }
                }
            }
        }
        for (int node = init; node < end; node++) {
            if (tree.is(node, "assignment")) {
                int left = tree.child(node, "left");
                if (tree.is(left, "subscript") && tree.text(tree.child(left, "value")).equals(kwargs)
                        && modelKeywords.contains(code.string(tree.child(left, "subscript")))) {
                    return tree.child(node, "right");
                }
            }
        }
        return SyntaxTree.NONE;
    }

    /** The name of {@code **kwargs} in a function's parameters, or null. */
    private static String keywordsParameter(SyntaxTree tree, int function) {
        int parameters = tree.child(function, "parameters");
        int splat = parameters == SyntaxTree.NONE ? SyntaxTree.NONE : tree.childOfType(parameters, "dictionary_splat_pattern");
        int name = splat == SyntaxTree.NONE ? SyntaxTree.NONE : tree.childOfType(splat, "identifier");
        return name == SyntaxTree.NONE ? null : tree.text(name);
    }
}
