package dev.rubric.engine;

import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Repository;
import dev.rubric.evidence.Source;
import dev.rubric.report.ReportError;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.ReportSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evidence's sources, errors and locations restated as the report's own types. */
final class ReportSources {
    private ReportSources() {
    }

    /** Each source with the revision its repository record states, when it has one. */
    static List<ReportSource> sources(List<Source> sources, List<Repository> repositories) {
        Map<String, ReportSource.Revision> revisions = new HashMap<>();
        for (Repository r : repositories) {
            if (r.location() != null && r.location().source() != null) {
                revisions.putIfAbsent(r.location().source(), new ReportSource.Revision(r.headCommit(), r.ref(), r.branch(), r.dirty()));
            }
        }
        return sources.stream().map(s -> new ReportSource(s.id(), location(s.location()), s.kind(), s.target(),
                s.status(), s.error(), s.stats(), revisions.get(s.id()), summary(s.stats()))).toList();
    }

    static List<ReportError> errors(List<CollectionError> errors) {
        return errors.stream().map(e -> new ReportError(e.source(), location(e.location()), e.message())).toList();
    }

    /**
     * How much a source looked at, in words. The stat keys are the tree collector's
     * ({@code TreeCollector.Stats.toMap}); this is the one place outside collect/ that knows them, until
     * each collector describes its own source. A source without them gets no summary.
     */
    static String summary(Map<String, Long> stats) {
        if (stats == null || stats.get("filesSeen") == null) {
            return null;
        }
        return stats.get("filesSeen") + " files seen, " + stats.getOrDefault("filesRead", 0L) + " read";
    }

    static ReportLocation location(Location l) {
        return l == null ? null : new ReportLocation(l.source(), l.path(), l.line(), l.column(), l.cluster(),
                l.namespace(), l.kind(), l.name(), l.fieldPath(), l.image(), l.digest(), l.role(), l.variant());
    }
}
