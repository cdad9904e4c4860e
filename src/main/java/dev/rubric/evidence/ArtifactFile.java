package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A file that is, or looks like, an AI artifact. {@code kind} says what it was recognised as
 * (prompt, k8s-manifest, ...) or "unrecognised" when its name promised an artifact that its
 * content did not confirm; {@code hint} then says what the name suggested.
 * {@code parseStatus}: parsed, templated (contains template syntax, partially read),
 * unrecognised, error. {@code facts} holds what a file says about the supply chain when it is not
 * a subject of its own (a Dockerfile's base images and labels, a CI workflow's provenance and
 * signing steps, a lockfile's ecosystem). {@code role} is what the file is for ({@link Roles}), always
 * present; null only until the walker's scope has classified it. The fields from {@code tracked} on come from git
 * (see {@link FileHistory}) and are absent outside a repository.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactFile(String id, Location location, String path, String kind, String format, String role,
                           String parseStatus, String hint, long sizeBytes, String sha256,
                           Map<String, Object> facts, Boolean tracked, Integer revisions, String firstCommit,
                           String firstCommitDate, String lastCommit, String lastCommitDate, Integer authors,
                           Integer changesWithoutEval, List<String> owners) {

    /** A file record without history facts, as the walker writes it. */
    public ArtifactFile(String id, Location location, String path, String kind, String format, String parseStatus,
                        String hint, long sizeBytes, String sha256, Map<String, Object> facts) {
        this(id, location, path, kind, format, null, parseStatus, hint, sizeBytes, sha256, facts,
                null, null, null, null, null, null, null, null, null);
    }

    public ArtifactFile withHistory(FileHistory h) {
        return new ArtifactFile(id, location, path, kind, format, role, parseStatus, hint, sizeBytes, sha256, facts,
                h.tracked(), h.revisions(), h.firstCommit(), h.firstCommitDate(), h.lastCommit(), h.lastCommitDate(),
                h.authors(), h.changesWithoutEval(), h.owners());
    }

    /** This record in a file of the given role, stated both here and on its location. */
    public ArtifactFile withRole(String newRole) {
        return new ArtifactFile(id, location == null ? null : location.withRole(newRole), path, kind, format, newRole,
                parseStatus, hint, sizeBytes, sha256, facts, tracked, revisions, firstCommit, firstCommitDate, lastCommit,
                lastCommitDate, authors, changesWithoutEval, owners);
    }

    /** The git facts of this file, or null when none were collected (outside a repository). */
    public FileHistory history() {
        return tracked == null ? null : new FileHistory(tracked, revisions, firstCommit, firstCommitDate, lastCommit,
                lastCommitDate, authors, changesWithoutEval, owners);
    }
}
