package dev.rubric.render;

import dev.rubric.report.Report;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.ReportSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a finding or a problem is, as a reader would type it: a file's path under the target the
 * user named ({@code services/invoice/src/app.py:12}), a Kubernetes object, or an image.
 */
public final class Places {
    private final Map<String, String> targets = new HashMap<>();

    public Places(Report report) {
        for (ReportSource source : report.sources()) {
            targets.put(source.id(), source.target());
        }
    }

    /** "" when there is no location. */
    public String display(ReportLocation location) {
        if (location == null) {
            return "";
        }
        String display = location.display();
        String target = location.source() == null ? null : targets.get(location.source());
        if (target != null && location.path() != null) {
            return location.path().equals(".") ? target : target + "/" + display;
        }
        return display;
    }
}
