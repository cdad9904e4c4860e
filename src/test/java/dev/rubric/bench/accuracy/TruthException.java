package dev.rubric.bench.accuracy;

/** A truth file that cannot be used as it is, located as "file:line:column: message". */
final class TruthException extends Exception {
    TruthException(String file, int line, int column, String message) {
        super(file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message);
    }
}
