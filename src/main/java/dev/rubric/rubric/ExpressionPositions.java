package dev.rubric.rubric;

import dev.rubric.yaml.Mark;
import dev.rubric.yaml.ScalarNode;

/**
 * Maps a position inside a CEL expression to its position in the rubric file, so a compile
 * error points at the offending character whatever YAML style the expression was written in.
 */
final class ExpressionPositions {
    private final String[] lines;

    ExpressionPositions(String[] lines) {
        this.lines = lines;
    }

    /**
     * Maps a position inside an expression to the rubric file. Plain and quoted scalars start
     * at their mark (quotes add one column); block scalars start on the next line, at the
     * block's indentation.
     */
    Mark positionInFile(ScalarNode scalar, int exprLine, int exprColumn) {
        Mark start = scalar.mark();
        switch (scalar.style()) {
            case LITERAL, FOLDED -> {
                int line = start.line() + exprLine;
                return new Mark(line, blockIndent(start.line()) + exprColumn + 1);
            }
            case SINGLE_QUOTED, DOUBLE_QUOTED -> {
                return exprLine == 1 ? new Mark(start.line(), start.column() + 1 + exprColumn) : new Mark(start.line() + exprLine - 1, 1);
            }
            default -> {
                return exprLine == 1 ? new Mark(start.line(), start.column() + exprColumn) : new Mark(start.line() + exprLine - 1, 1);
            }
        }
    }

    /** The indentation of a block scalar: that of its first non-blank content line. */
    int blockIndent(int indicatorLine) {
        for (int i = indicatorLine; i < lines.length; i++) {
            String raw = lines[i];
            if (!raw.isBlank()) {
                int indent = 0;
                while (indent < raw.length() && raw.charAt(indent) == ' ') {
                    indent++;
                }
                return indent;
            }
        }
        return 0;
    }
}
