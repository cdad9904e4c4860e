package dev.rubric.collect.read.calls;

import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Python modules of the audited repository that a file imports from, read on demand: an
 * application is split over a few modules, and what a call means (the model a client class
 * reads, the metadata a helper returns) is often written one import away. A module is found
 * as Python would find it from the repository: {@code src.agents.llm} is {@code src/agents/llm.py}
 * (or its package's {@code __init__.py}) below the importing file's folder or one of its parents,
 * a relative import ({@code .llm}) below the importing file's own package. A name imported from
 * a library resolves to no file here, so a library is never mistaken for the application's code.
 * Bounded: only the files a caller asks about are read, each once, and none larger than
 * {@link #MAX_BYTES}.
 */
public final class LocalModules {
    /** The largest module read: larger Python files are generated, not an application's modules. */
    public static final int MAX_BYTES = 512 * 1024;

    /** A top-level function or class of a module of the repository. */
    public record Definition(CodeFile code, String path, int node) {
    }

    private final Function<String, String> files;
    private final Map<String, CodeFile> parsed = new HashMap<>();

    /** @param files a file's text by its path relative to the repository root, or null when there is none */
    public LocalModules(Function<String, String> files) {
        this.files = files;
    }

    /**
     * The top-level function or class that {@code qualified} (a name as {@link Imports} resolves
     * it: {@code src.agents.llm.ChatLLM}, {@code .llm.ChatLLM}) stands for, when its module is a
     * Python file of this repository; null otherwise. {@code importingPath} is the path of the
     * file that imports it, relative to the repository root.
     */
    public Definition definition(String importingPath, String qualified) {
        int dot = qualified == null ? -1 : qualified.lastIndexOf('.');
        if (dot <= 0 || dot == qualified.length() - 1) {
            return null;
        }
        String name = qualified.substring(dot + 1);
        for (String path : candidates(importingPath, qualified.substring(0, dot))) {
            CodeFile code = parsed(path);
            if (code != null) {
                int node = topLevel(code.tree(), name);
                return node == SyntaxTree.NONE ? null : new Definition(code, path, node);
            }
        }
        return null;
    }

    /**
     * What a call of {@code code} (the file at {@code path}) calls, when it is written in this
     * repository: a top-level function or class of the same file called by its name, or one imported
     * from a module of the repository ({@code helper()}, {@code module.helper()}); null for a method
     * of an object, a library's name or one nobody defines.
     */
    public Definition calleeOf(CodeFile code, String path, Call call) {
        String callee = call.callee();
        if (callee.isEmpty() || callee.indexOf('(') >= 0) {
            return null;
        }
        if (!call.qualified().equals(callee)) {
            return definition(path, call.qualified());
        }
        if (callee.indexOf('.') >= 0) {
            return null;
        }
        int node = topLevel(code.tree(), callee);
        return node == SyntaxTree.NONE ? null : new Definition(code, path, node);
    }

    /** The top-level {@code def name} or {@code class name} of a parsed Python module (decorated or not), or NONE. */
    public static int topLevel(SyntaxTree tree, String name) {
        for (int statement = tree.firstChild(tree.root()); statement != SyntaxTree.NONE; statement = tree.nextSibling(statement)) {
            int definition = tree.is(statement, "decorated_definition") ? tree.child(statement, "definition") : statement;
            if ((tree.is(definition, "function_definition") || tree.is(definition, "class_definition"))
                    && name.equals(tree.text(tree.child(definition, "name")))) {
                return definition;
            }
        }
        return SyntaxTree.NONE;
    }

    private static List<String> candidates(String importingPath, String module) {
        List<String> out = new ArrayList<>();
        String folder = parent(importingPath);
        int dots = 0;
        while (dots < module.length() && module.charAt(dots) == '.') {
            dots++;
        }
        String rest = module.substring(dots).replace('.', '/');
        if (dots > 0) {
            // .llm is beside the importing file, ..llm one package up
            for (int up = 1; up < dots && folder != null; up++) {
                folder = parent(folder);
            }
            if (folder != null && !rest.isEmpty()) {
                addModule(out, folder, rest);
            }
            return out;
        }
        // an absolute import is found from a folder on the path: the importing file's, or one above it
        for (String root = folder; root != null; root = parent(root)) {
            addModule(out, root, rest);
        }
        return out;
    }

    private static void addModule(List<String> out, String folder, String modulePath) {
        String base = folder.isEmpty() ? modulePath : folder + "/" + modulePath;
        out.add(base + ".py");
        out.add(base + "/__init__.py");
    }

    /** The folder holding {@code path} ("" for the root), or null above the root. */
    private static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private CodeFile parsed(String path) {
        if (parsed.containsKey(path)) {
            return parsed.get(path);
        }
        String text = files.apply(path);
        CodeFile code = null;
        if (text != null && text.length() <= MAX_BYTES) {
            try {
                code = CodeFile.parse(Grammar.PYTHON, text);
            } catch (SyntaxUnavailableException e) {
                code = null;
            }
        }
        parsed.put(path, code);
        return code;
    }
}
