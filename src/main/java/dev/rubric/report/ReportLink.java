package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A lineage or consistency link between two subjects (DESIGN.md §2), as the evidence's link stage
 * wrote it: {@code id} is {@code <from> -<kind>-> <to>}, {@code status} verified, contradicted or
 * unresolved, {@code why} the evidence for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportLink(String id, String from, String to, String kind, String status, String why) {
    public static final String CONTRADICTED = "contradicted";

    public boolean contradicted() {
        return CONTRADICTED.equals(status);
    }
}
