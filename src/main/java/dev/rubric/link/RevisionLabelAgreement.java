package dev.rubric.link;

import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Image;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.Repository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OCI label {@code org.opencontainers.image.revision} is how an image says which commit it was
 * built from; it is only worth anything when it is that commit. {@code labels-revision}, from a
 * Dockerfile to the audited repository: a literal revision is verified when it is the audited
 * commit (the {@code headCommit} of the repository of the same source) and contradicted when it is
 * another (every image built from the file claims a commit it was not built from); a revision
 * taken from a build argument is verified when a CI definition of the source sets that argument
 * to the commit it builds ({@code commitBuildArgs}), unresolved when none does (the value is
 * whatever the person building passes). {@code built-from-commit}, from an inspected image to the
 * repository its {@code org.opencontainers.image.source} names: verified when its revision is the
 * audited commit, contradicted when it is another (what runs is not what was audited).
 */
public final class RevisionLabelAgreement implements LinkStep {
    static final String LABELS = "labels-revision";
    static final String BUILT_FROM = "built-from-commit";
    static final String REVISION = "org.opencontainers.image.revision";
    static final String SOURCE = "org.opencontainers.image.source";

    @Override
    public String name() {
        return "revision-labels";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        Map<String, Repository> bySource = new HashMap<>();
        for (Repository repository : evidence.repositories()) {
            if (repository.headCommit() != null) {
                bySource.putIfAbsent(repository.location().source(), repository);
            }
        }
        Map<String, Set<String>> commitArgs = new HashMap<>();
        for (ArtifactFile file : evidence.files()) {
            if (file.facts() != null && file.facts().get("commitBuildArgs") instanceof List<?> names) {
                Set<String> args = commitArgs.computeIfAbsent(file.location().source(), k -> new TreeSet<>());
                names.forEach(name -> args.add(String.valueOf(name)));
            }
        }
        LinkSet links = new LinkSet(evidence.links());
        for (ArtifactFile file : evidence.files()) {
            if (file.facts() != null && file.facts().get("labels") instanceof Map<?, ?> labels
                    && labels.get(REVISION) instanceof String revision && SettingFiles.inProduction(file.location())) {
                links.add(dockerfile(file, revision, bySource.get(file.location().source()),
                        commitArgs.getOrDefault(file.location().source(), Set.of())));
            }
        }
        for (Image image : evidence.images()) {
            String revision = image.labels() == null ? null : image.labels().get(REVISION);
            Repository repository = revision == null ? null : bySource(image.labels().get(SOURCE), evidence.repositories());
            if (repository != null) {
                boolean same = Revisions.same(revision, repository.headCommit());
                links.add(Link.of(image.id(), BUILT_FROM, repository.id(), same ? Link.VERIFIED : Link.CONTRADICTED,
                        "image " + (image.ref() != null ? image.ref() : image.id()) + " was built from commit " + revision
                                + (same ? ", the audited commit" : ", but the audited commit of " + repository.url() + " is "
                                + repository.headCommit() + ": what runs is not what was audited")));
            }
        }
        return links.added() ? evidence.withLinks(links.list()) : evidence;
    }

    private static Link dockerfile(ArtifactFile file, String revision, Repository repository, Set<String> commitArgs) {
        String argument = file.facts().get("revisionArg") instanceof String arg ? arg : null;
        String target = repository != null ? repository.id() : "repository:" + file.location().source();
        if (argument != null) {
            return commitArgs.contains(argument)
                    ? Link.of(file.id(), LABELS, target, Link.VERIFIED, "the revision label takes build argument "
                            + argument + ", which a CI definition of this source sets to the commit it builds")
                    : Link.of(file.id(), LABELS, target, Link.UNRESOLVED, "the revision label takes build argument "
                            + argument + ", which no audited CI definition sets to the commit it builds: the label says"
                            + " whatever the person building passes");
        }
        if (revision.contains("$")) {
            return Link.of(file.id(), LABELS, target, Link.UNRESOLVED, "the revision label is '" + revision
                    + "', which is decided at build time");
        }
        if (repository == null) {
            return Link.of(file.id(), LABELS, target, Link.UNRESOLVED, "the Dockerfile hard-codes revision " + revision
                    + ", and no audited git repository holds it to compare with");
        }
        return Revisions.same(revision, repository.headCommit())
                ? Link.of(file.id(), LABELS, target, Link.VERIFIED, "the revision label is the audited commit " + revision)
                : Link.of(file.id(), LABELS, target, Link.CONTRADICTED, "the Dockerfile hard-codes revision " + revision
                        + ", but the audited commit is " + repository.headCommit() + ": every image built from it claims a"
                        + " commit it was not built from");
    }

    /** The audited repository whose URL (or a remote's) is the image's source label. */
    private static Repository bySource(String source, List<Repository> repositories) {
        if (source == null) {
            return null;
        }
        String wanted = normal(source);
        for (Repository repository : repositories) {
            if (repository.headCommit() == null) {
                continue;
            }
            if (repository.url() != null && normal(repository.url()).equals(wanted)) {
                return repository;
            }
            if (repository.remotes() != null && repository.remotes().stream()
                    .anyMatch(remote -> remote.url() != null && normal(remote.url()).equals(wanted))) {
                return repository;
            }
        }
        return null;
    }

    /** {@code git@github.com:o/r.git} and {@code https://github.com/o/r} are one repository. */
    private static String normal(String url) {
        String out = url.strip().toLowerCase(java.util.Locale.ROOT);
        out = out.replaceFirst("^[a-z+]+://", "").replaceFirst("^git@([^:]+):", "$1/");
        if (out.endsWith(".git")) {
            out = out.substring(0, out.length() - 4);
        }
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
