package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One collected target. {@code status} is ok, partial (some files could not be read; see
 * errors) or failed (nothing could be collected; see error). {@code stats} counts what the
 * collector saw, so a report can say how much was looked at.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String id, Location location, String kind, String target, String status,
                     String error, Map<String, Long> stats, List<String> incomplete) {
    public static final String OK = "ok";
    public static final String PARTIAL = "partial";
    public static final String FAILED = "failed";

    /**
     * {@code incomplete} names the collections this source could fill only in part (a cluster that
     * forbids listing one resource type): criteria that require them become unknown, not judged
     * on half the facts. Absent when everything the source fills was read.
     */
    public Source(String id, Location location, String kind, String target, String status, String error,
                  Map<String, Long> stats) {
        this(id, location, kind, target, status, error, stats, null);
    }

    public boolean usable() {
        return OK.equals(status) || PARTIAL.equals(status);
    }
}
