package dev.rubric.report;

/**
 * A lineage link between two subjects (DESIGN.md §2): {@code status} is verified, contradicted or
 * unresolved, {@code why} the evidence for it. No step produces links yet, so the list is empty.
 */
public record ReportLink(String from, String to, String kind, String status, String why) {
}
