package dev.rubric.report;

/** A problem met while collecting, as the report states it: the audit went on without that piece. */
public record ReportError(String source, ReportLocation location, String message) {
}
