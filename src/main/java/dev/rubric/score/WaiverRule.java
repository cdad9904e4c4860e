package dev.rubric.score;

import java.time.LocalDate;
import java.util.List;

/**
 * One waiver of {@code .rubric.yaml}: the findings of {@code criterion} on the subjects the globs
 * select (every subject when {@code subjects} is empty) are accepted until {@code expires}
 * (inclusive), for {@code reason}, by {@code owner}. {@code where} is its {@code file:line:column},
 * so a waiver that names no criterion of the rubric can be pointed at.
 */
public record WaiverRule(String criterion, List<String> subjects, String reason, String owner, LocalDate expires,
                         String where) {
    public WaiverRule {
        subjects = List.copyOf(subjects);
    }

    /** A waiver lapses the day after its expiry date: "until 2027-03-31" includes that day. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }
}
