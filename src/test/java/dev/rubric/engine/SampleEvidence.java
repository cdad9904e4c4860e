package dev.rubric.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.evidence.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The evidence of a bundled sample as tests judge it. A sample is a repository-shaped folder, but
 * it lies in this project's repository, whose state — commit count, signed commits, tags, CODEOWNERS
 * at its root, uncommitted work in progress — changes with every commit and every edit, and is not
 * the sample's. Judged as collected, the code criteria of a sample would change with it. So each
 * variant is judged as its own repository: a copy of the folder committed once (its CODEOWNERS at
 * the root, where GitHub reads it, and every file with one revision), collected by the real git
 * collector. The strong variant is modelled as a team that releases from tags and signs its commits
 * would have it: its commit carries the release tag {@link #RELEASE} and is signed; the weak variant
 * is an untagged, unsigned commit. The commit id and branch are held still.
 */
public final class SampleEvidence {
    /** The commit the samples' repositories are said to be at. */
    public static final String HEAD = "c0ffee0" + "0".repeat(33);
    /** The release tag a strong sample's commit carries. */
    public static final String RELEASE = "v1.0.0";

    private static final PersonIdent AUTHOR = new PersonIdent("Sample Team", "team@example.com",
            Instant.parse("2026-11-30T09:00:00Z"), TimeZone.getTimeZone("UTC").toZoneId());

    private SampleEvidence() {
    }

    /** The sample folder collected where it lies (inside this project's repository). */
    public static Evidence collect(String sample) {
        return new Engine().collect(new CollectRequest(List.of(sample), 5L << 20, Set.of()));
    }

    /** The sample's evidence as JSON, collected as its own repository, with the repository facts held still. */
    public static JsonNode judged(String sample) {
        Path folder = Path.of(sample);
        boolean strong = folder.getFileName().toString().equals("strong");
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("rubric-sample");
            Path repository = scratch.resolve(folder.getFileName().toString());
            commit(folder, repository, strong);
            ObjectNode evidence = (ObjectNode) Engine.toJson(collect(repository.toString()));
            for (JsonNode source : evidence.withArray("sources")) {
                ((ObjectNode) source).put("target", sample);
            }
            for (JsonNode repositoryFacts : evidence.withArray("repositories")) {
                hold((ObjectNode) repositoryFacts, strong);
            }
            return evidence;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    private static void hold(ObjectNode repository, boolean strong) {
        repository.put("headCommit", HEAD).put("branch", "main").put("dirty", false).put("shallow", false)
                .put("commitCount", 1).put("signedCommits", strong ? 1 : 0).put("signedCommitRatio", strong ? 1.0 : 0.0);
        repository.remove(List.of("headCommitDate", "ref", "modifiedFiles", "untrackedFiles"));
        if (!strong) {
            repository.remove(List.of("tags", "headTags", "releaseTags"));
        }
    }

    private static void commit(Path from, Path to, boolean tagged) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        try (Git git = Git.init().setDirectory(to.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setAuthor(AUTHOR).setCommitter(AUTHOR).setMessage("Release").setSign(false).call();
            if (tagged) {
                git.tag().setName(RELEASE).setAnnotated(true).setTagger(AUTHOR).setMessage(RELEASE).call();
            }
        } catch (GitAPIException e) {
            throw new IOException("cannot commit the sample " + from, e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
