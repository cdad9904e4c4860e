package dev.rubric.collect.read.syntax;

import java.util.Locale;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TSSymbolType;
import org.treesitter.TreeSitterCSharp;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * The tree-sitter grammars source files are parsed with. TypeScript has two: JSX syntax is not
 * TypeScript syntax, so {@code .tsx} files need their own grammar; JavaScript's grammar reads JSX.
 */
public enum Grammar {
    PYTHON(TreeSitterPython::new), TYPESCRIPT(TreeSitterTypescript::new), TSX(TreeSitterTsx::new),
    JAVASCRIPT(TreeSitterJavascript::new), JAVA(TreeSitterJava::new), KOTLIN(TreeSitterKotlin::new),
    GO(TreeSitterGo::new), CSHARP(TreeSitterCSharp::new);

    private final Supplier<TSLanguage> loader;
    /** Loaded on first use: each grammar is a native library, and most audits need one or two. */
    private volatile Loaded loaded;

    Grammar(Supplier<TSLanguage> loader) {
        this.loader = loader;
    }

    /** The grammar for a file name, or null when no grammar reads it. */
    public static Grammar forFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        // asked by several readers of every source file: only the extension is lower-cased
        return switch (dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT)) {
            case ".py", ".pyi" -> PYTHON;
            case ".ts", ".mts", ".cts" -> TYPESCRIPT;
            case ".tsx" -> TSX;
            case ".js", ".jsx", ".mjs", ".cjs" -> JAVASCRIPT;
            case ".java" -> JAVA;
            case ".kt", ".kts" -> KOTLIN;
            case ".go" -> GO;
            case ".cs" -> CSHARP;
            default -> null;
        };
    }

    Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = load();
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded load() {
        TSLanguage language;
        try {
            language = loader.get();
        } catch (LinkageError | RuntimeException e) {
            throw new SyntaxUnavailableException("the " + name().toLowerCase(Locale.ROOT)
                    + " grammar cannot be loaded on this platform (" + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "): " + e.getMessage(), e);
        }
        String[] types = new String[language.symbolCount()];
        boolean[] named = new boolean[types.length];
        for (int symbol = 0; symbol < types.length; symbol++) {
            types[symbol] = language.symbolName(symbol);
            named[symbol] = language.symbolType(symbol) == TSSymbolType.TSSymbolTypeRegular;
        }
        // field ids start at 1; 0 means "no field"
        String[] fields = new String[language.fieldCount() + 1];
        for (int field = 1; field < fields.length; field++) {
            fields[field] = language.fieldNameForId(field);
        }
        return new Loaded(language, types, fields, named);
    }

    /** A loaded grammar, its symbol and field names and which symbols are named, read once so trees hold only numbers. */
    record Loaded(TSLanguage language, String[] types, String[] fields, boolean[] named) {
    }
}
