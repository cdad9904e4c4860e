package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One collected target as the report states it. {@code status} is ok, partial or failed.
 * {@code summary} says in words how much was looked at (e.g. "4 files seen, 4 read"), so that
 * renderers never have to know a collector's stat keys; it is left out of the JSON, which already
 * carries the stats themselves. {@code revision} is what version control says was audited, for a
 * repository source: the commit, the ref asked for, the branch, and whether the working tree
 * differed from the commit ({@code dirty}, absent when git's index could not be read).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportSource(String id, ReportLocation location, String kind, String target, String status,
                           String error, Map<String, Long> stats, Revision revision, @JsonIgnore String summary) {
    public static final String OK = "ok";
    public static final String PARTIAL = "partial";
    public static final String FAILED = "failed";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Revision(String commit, String ref, String branch, Boolean dirty) {
    }

    public boolean failed() {
        return FAILED.equals(status);
    }
}
