package dev.rubric.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.evidence.Evidence;
import java.util.List;
import java.util.Set;

/**
 * The evidence of a bundled sample as tests judge it. The samples lie in this project's own
 * repository, whose state — commit count, signed commits, tags, uncommitted work in progress —
 * changes with every commit and every edit; judged as collected, the code criteria of a sample
 * would change with it. The repository facts are therefore held still: one clean, unsigned,
 * untagged commit with a full history. The files' own history is the sample's and stays.
 */
public final class SampleEvidence {
    /** The commit the samples' repository is said to be at. */
    public static final String HEAD = "c0ffee0" + "0".repeat(33);

    private SampleEvidence() {
    }

    public static Evidence collect(String sample) {
        return new Engine().collect(new CollectRequest(List.of(sample), 5L << 20, Set.of()));
    }

    /** The sample's evidence as JSON, with the repository facts held still. */
    public static JsonNode judged(String sample) {
        ObjectNode evidence = (ObjectNode) Engine.toJson(collect(sample));
        for (JsonNode repository : evidence.withArray("repositories")) {
            ObjectNode held = (ObjectNode) repository;
            held.put("headCommit", HEAD).put("branch", "main").put("dirty", false).put("shallow", false)
                    .put("commitCount", 1).put("signedCommits", 0).put("signedCommitRatio", 0.0);
            held.remove(List.of("headCommitDate", "ref", "modifiedFiles", "untrackedFiles", "tags", "headTags",
                    "releaseTags"));
        }
        return evidence;
    }
}
