package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A waiver from .rubric.yaml (DESIGN.md §4) and what it did: which criterion, for which subjects
 * (globs; empty means every subject), why, who owns it, until when, and its {@code status}:
 * {@code active} (it took the {@code waived} findings out of the score), {@code expired} (past its
 * date: it applied to nothing, and {@code waived} lists what it would still cover), or
 * {@code unused} (in date, but nothing it selects fell short: it can be removed).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Waiver(String criterion, List<String> subjects, String reason, String owner, String expires,
                     String status, List<Finding> waived) {
    public static final String ACTIVE = "active";
    public static final String EXPIRED = "expired";
    public static final String UNUSED = "unused";

    public Waiver {
        subjects = List.copyOf(subjects);
        waived = List.copyOf(waived);
    }
}
