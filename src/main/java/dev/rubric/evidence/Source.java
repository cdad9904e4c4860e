package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One collected target. {@code status} is ok, partial (some files could not be read; see
 * errors) or failed (nothing could be collected; see error). {@code stats} counts what the
 * collector saw, so a report can say how much was looked at.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String id, Location location, String kind, String target, String status,
                     String error, Map<String, Long> stats) {
    public static final String OK = "ok";
    public static final String PARTIAL = "partial";
    public static final String FAILED = "failed";

    public boolean usable() {
        return OK.equals(status) || PARTIAL.equals(status);
    }
}
