package dev.rubric.report;

/**
 * An accepted shortfall from .rubric.yaml (DESIGN.md §4): which criterion, for which subjects,
 * why, who owns it, and until when. Waivers are not read yet, so the list is empty.
 */
public record Waiver(String criterion, String subject, String reason, String owner, String expires) {
}
