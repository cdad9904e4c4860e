package dev.rubric.collect.read.code;

import java.util.Locale;

/** The source languages whose string literals are read for inline prompts, and how they write strings. */
public enum CodeLanguage {
    PYTHON("python"), TYPESCRIPT("typescript"), JAVASCRIPT("javascript"), JAVA("java"), KOTLIN("kotlin"), GO("go"),
    CSHARP("csharp");

    public final String format;

    CodeLanguage(String format) {
        this.format = format;
    }

    public static CodeLanguage of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        // generated and bundled code holds no hand-written prompt, and declaration files only types:
        // a union of model names there is a type, and the values sit in the implementation beside it
        if (name.endsWith(".min.js") || name.endsWith(".min.mjs") || name.endsWith(".min.cjs") || name.endsWith(".d.ts")
                || name.endsWith(".d.mts") || name.endsWith(".d.cts") || name.endsWith("_pb2.py") || name.endsWith(".pb.go")
                || name.contains(".generated.") || name.endsWith(".g.cs") || name.endsWith(".designer.cs")) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot)) {
            case ".py" -> PYTHON;
            case ".ts", ".tsx", ".mts", ".cts" -> TYPESCRIPT;
            case ".js", ".jsx", ".mjs", ".cjs" -> JAVASCRIPT;
            case ".java" -> JAVA;
            case ".kt", ".kts" -> KOTLIN;
            case ".go" -> GO;
            case ".cs" -> CSHARP;
            default -> null;
        };
    }

    boolean hashComments() {
        return this == PYTHON;
    }

    boolean slashComments() {
        return this != PYTHON;
    }

    /** Single quotes delimit strings (not characters). */
    boolean singleQuoteStrings() {
        return this == PYTHON || this == TYPESCRIPT || this == JAVASCRIPT;
    }

    boolean backtickStrings() {
        return this == TYPESCRIPT || this == JAVASCRIPT || this == GO;
    }

    boolean tripleQuotes() {
        return this == PYTHON || this == JAVA || this == KOTLIN || this == CSHARP;
    }
}
