package dev.rubric.report;

/** The lowest and highest score possible once unknown criteria are known (counted as 0 … as 1). */
public record Range(double min, double max) {
}
